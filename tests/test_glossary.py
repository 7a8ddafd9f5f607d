"""The glossary (glossary.yml, machinery/glossary.py): complete entries that point at sections which exist, shown
on both glossary pages, and ruled-out forms that the style test catches (tests/test_style.py applies them to
every Bengali page)."""

from __future__ import annotations

import re

import pytest

from machinery.glossary import GLOSSARY, MARKER, PAGE, entries
from machinery.layout import built_page, languages, page_names, page_path, rel
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
