"""The glossary: one entry per concept the guide teaches, in `glossary.yml` (one definition, for the glossary
page pair, the style test and whoever writes a page).

Each entry names the English term, the one Bengali term the guide uses, the Bengali forms it must not use, a
one-line definition in each language and the page section that shows it. hooks/glossary.py writes the entries
into the glossary pages (docs/glossary.md, docs/glossary.en.md) where they hold MARKER; machinery/style.py turns
each entry's `avoid` forms into rules that tests/test_style.py holds every Bengali page to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from machinery.layout import ROOT, default_language, nav_entries, nav_translations

GLOSSARY = ROOT / "glossary.yml"
PAGE = "glossary"  # docs/glossary.md and docs/glossary.en.md
MARKER = "<!-- glossary entries -->"  # the line of a glossary page that the entries replace
KEYS = ("id", "en", "bn", "avoid", "en_def", "bn_def", "page")


@dataclass(frozen=True)
class Entry:
    id: str
    en: str
    bn: str
    avoid: tuple[str, ...]
    en_def: str
    bn_def: str
    page: str  # "<page>.md#<heading id>": where the guide shows it

    def term(self, lang: str) -> str:
        return self.bn if lang == "bn" else self.en

    def definition(self, lang: str) -> str:
        return self.bn_def if lang == "bn" else self.en_def


@cache
def entries() -> tuple[Entry, ...]:
    data = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    found = []
    for number, item in enumerate(data, 1):
        if set(item) != set(KEYS):
            raise ValueError(f"{GLOSSARY.name}: entry {number} ({item.get('id')}) must have exactly the keys "
                             f"{', '.join(KEYS)}; it has {', '.join(item)}")
        found.append(Entry(**{**item, "avoid": tuple(item["avoid"] or ())}))
    ids = [e.id for e in found]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{GLOSSARY.name}: ids used twice: {sorted({i for i in ids if ids.count(i) > 1})}")
    return tuple(found)


def page_label(page: str, lang: str) -> str:
    """The page's label in the navigation of `lang`."""
    label = next(label for label, file in nav_entries() if file == page.split("#")[0])
    return label if lang == default_language() else nav_translations(lang).get(label, label)


_SHOWN = {"bn": "দেখানো আছে:", "en": "Shown in"}
_AVOID = {"bn": "লিখবেন না:", "en": "Not used in Bengali:"}
_OTHER = {"bn": "English:", "en": "Bengali:"}


def markdown(lang: str) -> str:
    """The glossary's entries as Markdown for the page in `lang`: a section per entry, its id the anchor."""
    other = "en" if lang == "bn" else "bn"
    parts = []
    for e in entries():
        lines = [f"## {e.term(lang)} {{ #{e.id} }}", "", e.definition(lang), "",
                 f"{_OTHER[lang]} {e.term(other)}. {_SHOWN[lang]} [{page_label(e.page, lang)}]({e.page})"
                 + ("." if lang == "en" else "।")]
        if e.avoid:
            forms = ", ".join(f"<del>{form}</del>" for form in e.avoid)
            lines[-1] += f" {_AVOID[lang]} {forms}" + ("." if lang == "en" else "।")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def avoid_pattern(entry: Entry) -> re.Pattern:
    """A ruled-out form at the start of a word (no Bengali letter, ZWJ or ZWNJ before it): with any ending after
    it, an inflected form is the same wrong word."""
    forms = "|".join(re.escape(form) for form in sorted(entry.avoid, key=len, reverse=True))
    return re.compile(rf"(?<![\u0980-\u09ff\u200c\u200d])(?:{forms})")
