"""The Markdown and snippet sources: both languages in step, every include real and written one way, every
snippet used and explained, text in NFC with Unix line endings."""

import io
import re
import tokenize
import unicodedata

import pytest
from pymdownx.snippets import SnippetPreprocessor

from machinery.browser_leg import CANNOT_RUN, browser_record_path
from machinery.layout import (
    MKDOCS_YML,
    ROOT,
    SNIPPETS,
    languages,
    page_language,
    page_names,
    page_path,
    pages,
    rel,
)
from machinery.snippets import records, snippet_of_record, snippets
from machinery.syntax import (
    INCLUDE_LINE,
    NOTE_MARKER,
    NUMBERED_ITEM,
    SECTION_MARKER,
    code_blocks,
    includes,
    note_numbers,
    without_code,
)

HEADING = re.compile(r"^(?P<level>#{2,6})\s+(?P<text>.*?)\s*$", re.M)
HEADING_ID = re.compile(r"\{[^}]*#(?P<id>[-\w]+)[^}]*\}\s*$")
ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?P<title>\s+"[^"]*")?\s*$', re.M)
TEXT_FILES = [*pages(), *snippets(), *records(), MKDOCS_YML]


def text(path) -> str:
    return path.read_text(encoding="utf-8")


def page_includes(path) -> list[str]:
    return includes(text(path))


def heading_ids(page) -> list[tuple[str, str | None]]:
    """(heading text, explicit id or None) for every ## and deeper heading outside code."""
    found = []
    for m in HEADING.finditer(without_code(text(page))):
        explicit = HEADING_ID.search(m["text"])
        found.append((m["text"], explicit["id"] if explicit else None))
    return found


def translations(name):
    return {lang: page_path(name, lang) for lang in languages() if page_path(name, lang).exists()}


@pytest.mark.parametrize("name", page_names())
def test_page_exists_in_every_language(name):
    missing = [rel(page_path(name, lang)) for lang in languages() if not page_path(name, lang).exists()]
    present = [rel(path) for path in translations(name).values()]
    assert not missing, (
        f"{', '.join(present)} has no counterpart {', '.join(missing)}. Every page exists in every language: "
        "write the translation (same headings ids, same snippets in the same order), or delete the page in all."
    )


@pytest.mark.parametrize("name", page_names())
def test_languages_include_the_same_snippets_in_the_same_order(name):
    found = {lang: page_includes(path) for lang, path in translations(name).items()}
    first, *others = found
    for lang in others:
        assert found[lang] == found[first], (
            f"{rel(page_path(name, lang))} includes {found[lang]}, but {rel(page_path(name, first))} includes "
            f"{found[first]}. Both languages show the same examples in the same order."
        )


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_includes_exist_and_are_written_one_way(page):
    """pymdownx.snippets accepts several spellings of an include line; the tests, hooks and this check read one."""
    lines = text(page).splitlines()
    loose = [f"{rel(page)}:{i}: {line.strip()}" for i, line in enumerate(lines, 1)
             if SnippetPreprocessor.RE_ALL_SNIPPETS.match(line) and not INCLUDE_LINE.match(line)]
    assert not loose, ("include lines not written as `--8<-- \"path\"` (one space, double quotes, alone on the "
                       "line):\n" + "\n".join(loose))
    missing = [path for path in page_includes(page) if not (ROOT / path).is_file()]
    assert not missing, (
        f"{rel(page)} includes {missing}, which do not exist (paths are relative to the repository root)."
    )


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_headings_carry_explicit_ids(page):
    bare = [heading for heading, id_ in heading_ids(page) if id_ is None]
    assert not bare, (
        f"{rel(page)}: headings without an explicit id: {bare}. Add one, e.g. `## Identity map {{ #identity-map }}`, "
        "and use the same id in the other language, so links and the language switcher keep the section."
    )


@pytest.mark.parametrize("name", page_names())
def test_heading_ids_match_across_languages(name):
    ids = {lang: [i for _, i in heading_ids(path)] for lang, path in translations(name).items()}
    first, *others = ids
    for lang in others:
        assert ids[lang] == ids[first], (
            f"{rel(page_path(name, lang))} has heading ids {ids[lang]}, {rel(page_path(name, first))} has "
            f"{ids[first]}. Use the same ids in the same order in both languages."
        )


@pytest.mark.parametrize("name", page_names())
def test_numbered_lists_match_across_languages(name):
    """Code notes are written in each page's language, one numbered item per `# (n)!` marker."""
    counts = {rel(path): sum(1 for line in without_code(text(path)).splitlines() if NUMBERED_ITEM.match(line))
              for path in translations(name).values()}
    assert len(set(counts.values())) <= 1, (
        f"numbered-list items differ between languages: {counts}. Each code note and numbered list "
        "must be translated, not dropped."
    )


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_every_code_note_is_explained_under_its_code(page):
    """A block whose snippet has markers (1)…(n) is followed, after blank lines only, by a list of n items."""
    lines = text(page).splitlines()
    problems = []
    for block in code_blocks(text(page)):
        if not block.include or not (ROOT / block.include).is_file():
            continue
        marks = note_numbers((ROOT / block.include).read_text(encoding="utf-8"))
        if not marks:
            continue
        after = iter(lines[block.end:])
        items, line = 0, next(after, None)
        while line is not None and not line.strip():
            line = next(after, None)
        while line is not None and (NUMBERED_ITEM.match(line) or line.startswith((" ", "\t")) or not line.strip()):
            items += bool(NUMBERED_ITEM.match(line))
            line = next(after, None)
        if items < max(marks):
            problems.append(f"{rel(page)}:{block.line}: {block.include} has code notes {marks}, but the block is "
                            f"followed by {items} numbered items. Explain each marker, in this page's language, "
                            "in a numbered list right after the code block.")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", [p for p in pages() if page_language(p) != "en"], ids=rel)
def test_admonitions_have_translated_titles(page):
    untitled = [m.group(0).strip() for m in ADMONITION.finditer(without_code(text(page))) if not m["title"]]
    assert not untitled, (
        f"{rel(page)}: admonitions without a title {untitled} would show an English title on a "
        f"{page_language(page)} page. Give each one, e.g. `!!! note \"নোট\"`."
    )


def test_every_snippet_is_shown_on_a_page():
    used = {inc for page in pages() for inc in page_includes(page)}
    unused = [rel(s) for s in snippets() if rel(s) not in used]
    unshown = [rel(r) for r in records() if rel(r) not in used
               and r != browser_record_path(snippet_of_record(r))]  # the browser's own record: compared, not shown
    assert not unused, f"snippets not included by any page: {unused}. Show them on a page or delete them."
    assert not unshown, (
        f"recorded outputs not shown on any page: {unshown}. Include each .out under its snippet, or delete it."
    )


def test_every_record_has_its_snippet():
    """x.out and x.<leg>.out (a matrix leg's record) belong to x.py."""
    orphans = [rel(o) for o in records() if not snippet_of_record(o).exists()]
    assert not orphans, f"recorded outputs without a snippet: {orphans}. Delete them or restore the snippet."


def test_nothing_but_snippets_and_records_in_snippets():
    strays = [rel(p) for p in SNIPPETS.rglob("*") if p.is_file() and p.suffix not in (".py", ".out")
              and "__pycache__" not in p.parts and p != CANNOT_RUN]
    assert not strays, (
        f"files in snippets/ that are neither a snippet nor a record (nor the browser leg's {rel(CANNOT_RUN)}): "
        f"{strays}. Did a program leave them?"
    )


@pytest.mark.parametrize("snippet", snippets(), ids=rel)
def test_code_note_markers_run_in_order(snippet):
    """A snippet's `# (n)!` markers are numbered 1..n, so each page's list can explain them in order."""
    marks = note_numbers(text(snippet))
    assert marks == list(range(1, len(marks) + 1)), (
        f"{rel(snippet)}: code-note markers {marks} must run 1, 2, 3, … in order."
    )


@pytest.mark.parametrize("snippet", snippets(), ids=rel)
def test_snippets_explain_in_code_notes_not_comments(snippet):
    """A snippet is shown on pages in every language, so its explanations live in each page's code notes."""
    tokens = tokenize.generate_tokens(io.StringIO(text(snippet)).readline)
    comments = [
        f"line {tok.start[0]}: {tok.string}" for tok in tokens
        if tok.type == tokenize.COMMENT and not NOTE_MARKER.fullmatch(tok.string.strip())
        and not SECTION_MARKER.match(tok.line.rstrip("\n"))
    ]
    assert not comments, (
        f"{rel(snippet)} has comments that would appear untranslated on every language's page: {comments}. "
        "Turn each into a code note `# (n)!` explained in both pages' numbered lists, or drop it. (A section "
        "marker stands alone on its line: `# --8<-- [start:name]`.)"
    )


@pytest.mark.parametrize("snippet", snippets(), ids=rel)
def test_section_markers_are_written_one_way(snippet):
    """pymdownx.snippets drops any line with a section marker; hooks/section_highlight.py reads only lines that
    hold nothing else, so a marker after code would silently shift every highlighted line."""
    loose = [f"{rel(snippet)}:{i}: {line.strip()}" for i, line in enumerate(text(snippet).splitlines(), 1)
             if SnippetPreprocessor.RE_SNIPPET_SECTION.match(line) and not SECTION_MARKER.match(line)]
    assert not loose, "section markers must stand alone as `# --8<-- [start:name]`:\n" + "\n".join(loose)


@pytest.mark.parametrize("path", TEXT_FILES, ids=rel)
def test_text_is_nfc_with_unix_line_endings(path):
    raw = path.read_bytes()
    if b"\r" in raw:
        line = raw[: raw.index(b"\r")].count(b"\n") + 1
        pytest.fail(f"{rel(path)}:{line} has a carriage return (CRLF or CR line ending): the page, record and "
                    "copy would differ by it. Save the file with LF line endings (git: core.autocrlf=false).",
                    pytrace=False)
    content = raw.decode("utf-8")
    if unicodedata.is_normalized("NFC", content):
        return
    line = next(i for i, line in enumerate(content.splitlines(), 1) if not unicodedata.is_normalized("NFC", line))
    pytest.fail(
        f"{rel(path)}:{line} is not Unicode NFC (Bengali search and matching depend on it). Fix with: "
        f"python -c \"import sys,unicodedata as u;p=sys.argv[1];t=open(p,encoding='utf-8').read();"
        f"open(p,'w',encoding='utf-8').write(u.normalize('NFC',t))\" {rel(path)}",
        pytrace=False,
    )


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_no_interpreter_prompts_in_code(page):
    prompts = [line for line in text(page).splitlines() if re.match(r"\s*(>>>|\.\.\.) ", line)]
    assert not prompts, f"{rel(page)} has interpreter prompts {prompts}: readers copy code, so show plain programs."
