"""The glossary (glossary.yml, machinery/glossary.py): complete entries that point at sections which exist, shown
on both glossary pages, and ruled-out forms that the style test catches (tests/test_style.py applies them to
every Bengali page)."""

from __future__ import annotations

import re

import pytest

from machinery.glossary import GLOSSARY, LINK_CLASS, MARKER, PAGE, entries, link_first_uses, unlinked
from machinery.layout import built_page, languages, page_names, page_path, rel, site_pages
from machinery.style import prose, rules

HEADING_ID = re.compile(r"^#+ .*\{ #(?P<id>[\w-]+) \}", re.M)


def test_glossary_has_entries():
    assert len(entries()) >= 30, f"{GLOSSARY.name} has only {len(entries())} entries: one per concept the guide teaches"


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.id)
def test_entry_points_at_a_section_that_shows_it(entry):
    page, _, anchor = entry.page.partition("#")
    name = page.removesuffix(".md")
    assert name in page_names(), f"{GLOSSARY.name}: {entry.id}: page {page} does not exist (docs/<page>.md)"
    for lang in languages():
        ids = HEADING_ID.findall(page_path(name, lang).read_text(encoding="utf-8"))
        assert not anchor or anchor in ids, (
            f"{GLOSSARY.name}: {entry.id}: {rel(page_path(name, lang))} has no heading {{ #{anchor} }}")
    assert all(len(entry.definition(lang)) <= 200 for lang in languages()), (
        f"{GLOSSARY.name}: {entry.id}: a definition is one line (at most 200 characters)")


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.id)
def test_entry_term_is_what_the_pages_write_and_its_ruled_out_forms_are_caught(entry):
    """The Bengali term passes the glossary's rules; each ruled-out form, and an inflected one, is caught."""
    found = [r for r in rules() if r.lang == "bn" for _ in r.breaches(prose(f"{entry.bn} {entry.bn}ের কাজ"))]
    assert not found, f"{GLOSSARY.name}: {entry.id}: its own term {entry.bn!r} breaks {[r.write for r in found]}"
    for form in entry.avoid:
        text = prose(f"এখানে {form} আর {form}ের কথা।")
        caught = [line for r in rules() if r.lang == "bn" for line, _ in r.breaches(text)]
        assert len(caught) >= 2, f"{GLOSSARY.name}: {entry.id}: the ruled-out form {form!r} is not caught"


@pytest.mark.parametrize("lang", languages())
def test_glossary_page_shows_every_entry(site, lang):
    source = page_path(PAGE, lang)
    assert MARKER in source.read_text(encoding="utf-8"), f"{rel(source)} must hold the line {MARKER}"
    html = built_page(site, PAGE, lang).read_text(encoding="utf-8")
    missing = [e.id for e in entries() if f'id="{e.id}"' not in html or e.term(lang) not in html]
    assert not missing, f"{rel(source)}: the built page lacks the entries {missing} (hooks/glossary.py)"


ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(?P<html>.*?)</article>', re.S)


@pytest.mark.parametrize(("lang", "name"), site_pages(), ids=[f"{lang}:{name}" for lang, name in site_pages()])
def test_first_use_of_each_term_links_to_the_glossary(site, lang, name):
    """On every page but the glossary, the first use of each glossary term in its prose links to the term's
    entry (hooks/glossary_links.py): the built page is what `link_first_uses` makes of it without its links."""
    html = ARTICLE.search(built_page(site, name, lang).read_text(encoding="utf-8"))["html"]
    links = re.findall(rf'<a class="{LINK_CLASS}" href="([^"]*)#([\w-]+)">', html)
    if name == PAGE:
        assert not links, f"{rel(page_path(name, lang))}: the glossary links its own terms: {links[:3]}"
        return
    expected = link_first_uses(unlinked(html), lang, links[0][0] if links else "GLOSSARY/")
    assert html == expected and links, (
        f"{rel(page_path(name, lang))}: the first use of each glossary term is not linked to its entry "
        f"(linked: {sorted(i for _, i in links)}). Is hooks/glossary_links.py in mkdocs.yml?")
    wrong = {href for href, _ in links if not (built_page(site, name, lang).parent / href / "index.html").resolve()
             == built_page(site, PAGE, lang).resolve()}
    assert not wrong, f"{rel(page_path(name, lang))}: term links lead elsewhere than the {lang} glossary: {wrong}"


@pytest.mark.parametrize(("lang", "text", "term", "linked"), [
    ("bn", "সেশনের কাজ", "session", "সেশনের"),
    ("bn", "সেশনটিই", "session", "সেশনটিই"),
    ("bn", "কমিটি গঠন", "commit", None),  # কমিটি (a committee) is another word
    ("bn", "কানেকশন পুলের আকার", "connection-pool", "কানেকশন পুলের"),
    ("bn", "ORM-এর স্তর", "orm", "ORM-এর"),
    ("en", "Sessions hold objects", "session", "Sessions"),
    ("en", "it flushed them", "flush", "flushed"),
    ("en", "a flushable thing", "flush", None),
])
def test_term_uses_are_whole_words_with_their_endings(lang, text, term, linked):
    html = link_first_uses(f"<p>{text}</p>", lang, "g/")
    got = re.findall(rf'<a class="{LINK_CLASS}" href="g/#{term}">(.*?)</a>', html)
    assert got == ([linked] if linked else []), f"{text!r} ({lang}): linked {got} as {term}"
