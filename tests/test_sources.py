"""The Markdown and snippet sources: both languages in step, every include real, every snippet used, NFC text."""

import io
import re
import tokenize
import unicodedata

import pytest

from harness import (
    LANGUAGES, NOTE_MARKER, ROOT, SECTION_MARKER, SNIPPETS, includes, page_language, page_names, page_path,
    pages, rel, snippets,
)

HEADING = re.compile(r"^(?P<level>#{2,6})\s+(?P<text>.*?)\s*$", re.M)
HEADING_ID = re.compile(r"\{[^}]*#(?P<id>[-\w]+)[^}]*\}\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,}).*?^\s*\1\s*$", re.M | re.S)
ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?P<title>\s+"[^"]*")?\s*$', re.M)


def without_code(text: str) -> str:
    return FENCE.sub("", text)


def heading_ids(page) -> list[tuple[str, str | None]]:
    """(heading text, explicit id or None) for every ## and deeper heading outside code."""
    found = []
    for m in HEADING.finditer(without_code(page.read_text(encoding="utf-8"))):
        explicit = HEADING_ID.search(m["text"])
        found.append((m["text"], explicit["id"] if explicit else None))
    return found


@pytest.mark.parametrize("name", page_names())
def test_page_exists_in_every_language(name):
    missing = [rel(page_path(name, lang)) for lang in LANGUAGES if not page_path(name, lang).exists()]
    present = [rel(page_path(name, lang)) for lang in LANGUAGES if page_path(name, lang).exists()]
    assert not missing, (
        f"{', '.join(present)} has no counterpart {', '.join(missing)}. Every page exists in every language: "
        "write the translation (same headings ids, same snippets in the same order), or delete the page in all."
    )


@pytest.mark.parametrize("name", page_names())
def test_languages_include_the_same_snippets_in_the_same_order(name):
    found = {lang: includes(page_path(name, lang)) for lang in LANGUAGES if page_path(name, lang).exists()}
    first, *others = found
    for lang in others:
        assert found[lang] == found[first], (
            f"{rel(page_path(name, lang))} includes {found[lang]}, but {rel(page_path(name, first))} includes "
            f"{found[first]}. Both languages show the same examples in the same order."
        )


@pytest.mark.parametrize("page", pages(), ids=lambda p: rel(p))
def test_includes_exist(page):
    missing = [path for path in includes(page) if not (ROOT / path).is_file()]
    assert not missing, f"{rel(page)} includes {missing}, which do not exist (paths are relative to the repository root)."


@pytest.mark.parametrize("page", pages(), ids=lambda p: rel(p))
def test_headings_carry_explicit_ids(page):
    bare = [text for text, id_ in heading_ids(page) if id_ is None]
    assert not bare, (
        f"{rel(page)}: headings without an explicit id: {bare}. Add one, e.g. `## Identity map {{ #identity-map }}`, "
        "and use the same id in the other language, so links and the language switcher keep the section."
    )


@pytest.mark.parametrize("name", page_names())
def test_heading_ids_match_across_languages(name):
    ids = {lang: [i for _, i in heading_ids(page_path(name, lang))] for lang in LANGUAGES if page_path(name, lang).exists()}
    first, *others = ids
    for lang in others:
        assert ids[lang] == ids[first], (
            f"{rel(page_path(name, lang))} has heading ids {ids[lang]}, {rel(page_path(name, first))} has "
            f"{ids[first]}. Use the same ids in the same order in both languages."
        )


@pytest.mark.parametrize("name", page_names())
def test_annotation_lists_match_across_languages(name):
    """Code annotations are written in each page's language, one item per `# (n)!` marker."""
    counts = {}
    for lang in LANGUAGES:
        path = page_path(name, lang)
        if path.exists():
            counts[rel(path)] = len(re.findall(r"^\s*\d+\.\s", without_code(path.read_text(encoding="utf-8")), re.M))
    assert len(set(counts.values())) <= 1, (
        f"numbered-list items differ between languages: {counts}. Each code annotation and numbered list "
        "must be translated, not dropped."
    )


@pytest.mark.parametrize("page", [p for p in pages() if page_language(p) != "en"], ids=lambda p: rel(p))
def test_admonitions_have_translated_titles(page):
    untitled = [m.group(0).strip() for m in ADMONITION.finditer(without_code(page.read_text(encoding="utf-8"))) if not m["title"]]
    assert not untitled, (
        f"{rel(page)}: admonitions without a title {untitled} would show an English title on a "
        f"{page_language(page)} page. Give each one, e.g. `!!! note \"নোট\"`."
    )


def test_every_snippet_is_shown_on_a_page():
    used = {inc for page in pages() for inc in includes(page)}
    unused = [rel(s) for s in snippets() if rel(s) not in used]
    unshown = [rel(r) for r in SNIPPETS.rglob("*.out") if rel(r) not in used]
    assert not unused, f"snippets not included by any page: {unused}. Show them on a page or delete them."
    assert not unshown, f"recorded outputs not shown on any page: {unshown}. Include each .out under its snippet, or delete it."


def test_every_record_has_its_snippet():
    """x.out and x.<variant>.out (a matrix variant's record) belong to x.py."""
    orphans = [rel(o) for o in SNIPPETS.rglob("*.out") if not o.with_name(o.name.split(".")[0] + ".py").exists()]
    assert not orphans, f"recorded outputs without a snippet: {orphans}. Delete them or restore the snippet."


def test_annotation_markers_are_explained():
    """A snippet's `# (n)!` markers are numbered 1..n, so each page's list can explain them in order."""
    for snippet in snippets():
        marks = [int(n) for n in NOTE_MARKER.findall(snippet.read_text(encoding="utf-8"))]
        assert marks == list(range(1, len(marks) + 1)), (
            f"{rel(snippet)}: annotation markers {marks} must run 1, 2, 3, … in order."
        )


@pytest.mark.parametrize(
    "path", [*pages(), *snippets(), *SNIPPETS.rglob("*.out"), ROOT / "mkdocs.yml"], ids=lambda p: rel(p)
)
def test_text_is_nfc(path):
    text = path.read_text(encoding="utf-8")
    if unicodedata.is_normalized("NFC", text):
        return
    line = next(i for i, l in enumerate(text.splitlines(), 1) if not unicodedata.is_normalized("NFC", l))
    pytest.fail(
        f"{rel(path)}:{line} is not Unicode NFC (Bengali search and matching depend on it). Fix with: "
        f"python -c \"import sys,unicodedata as u;p=sys.argv[1];t=open(p,encoding='utf-8').read();"
        f"open(p,'w',encoding='utf-8').write(u.normalize('NFC',t))\" {rel(path)}",
        pytrace=False,
    )


@pytest.mark.parametrize("snippet", snippets(), ids=lambda p: rel(p))
def test_snippets_explain_in_annotations_not_comments(snippet):
    """A snippet is shown on pages in every language, so its explanations live in each page's annotations."""
    tokens = tokenize.generate_tokens(io.StringIO(snippet.read_text(encoding="utf-8")).readline)
    comments = [
        f"line {tok.start[0]}: {tok.string}" for tok in tokens
        if tok.type == tokenize.COMMENT and not any(m.fullmatch(tok.string.strip()) for m in (NOTE_MARKER, SECTION_MARKER))
    ]
    assert not comments, (
        f"{rel(snippet)} has comments that would appear untranslated on every language's page: {comments}. "
        "Turn each into a code annotation `# (n)!` explained in both pages' numbered lists, or drop it."
    )


@pytest.mark.parametrize("page", pages(), ids=lambda p: rel(p))
def test_no_interpreter_prompts_in_code(page):
    prompts = [line for line in page.read_text(encoding="utf-8").splitlines() if re.match(r"\s*(>>>|\.\.\.) ", line)]
    assert not prompts, f"{rel(page)} has interpreter prompts {prompts}: readers copy code, so show plain programs."
