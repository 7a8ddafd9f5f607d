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


# --- each page links the first use of every glossary term to its entry ------------------------------------------

LINK_CLASS = "gl"  # <a class="gl" href="…/glossary/#id">: a term's first use on a page (styled in reader.css)
# Inside these, a term is not linked: headings, code, links, the ruled-out forms, form controls.
_NOT_IN = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style", "del", "button", "label", "summary",
                     "h1", "h2", "h3", "h4", "h5", "h6", "svg", "title"})
# A Bengali term with the endings a noun takes (article, plural, case, emphasis), then no further letter.
_BN_ENDINGS = ("টিকে", "টিতে", "টির", "টি", "টা", "গুলোকে", "গুলোতে", "গুলোর", "গুলো", "গুলিকে", "গুলির", "গুলি",
               "দের", "রা", "-এর", "-এ", "-কে", "ের", "এর", "কে", "তে", "য়", "র", "ে", "এ")
_BN_LETTER = "\u0980-\u09ff\u200c\u200d"
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z0-9]+)")


@cache
def term_pattern(entry_id: str, lang: str) -> re.Pattern:
    """A use of the entry's term in `lang`: Bengali with a noun's endings, English with -s/-es/-ed/-ing,
    case-insensitive, always a whole word."""
    entry = next(e for e in entries() if e.id == entry_id)
    term = re.escape(entry.term(lang))
    if lang == "bn":
        endings = "|".join(re.escape(e) for e in sorted(_BN_ENDINGS, key=len, reverse=True))
        return re.compile(rf"(?<![{_BN_LETTER}\w]){term}(?:{endings})?(?:ই|ও)?(?![{_BN_LETTER}\w])")
    return re.compile(rf"(?<![\w-]){term}(?:s|es|ed|d|ing)?(?![\w(])", re.I)


def link_first_uses(html: str, lang: str, glossary_href: str) -> str:
    """`html` (a page's content) with the first use of each glossary term, in prose, linked to its entry at
    `glossary_href` + "#id". Longer terms first where uses overlap ("connection pool" before "connection")."""
    todo = sorted(entries(), key=lambda e: len(e.term(lang)), reverse=True)
    linked: set[str] = set()
    out, depth = [], 0
    for token in _TAG.split(html):
        if token.startswith("<"):
            m = _TAG_NAME.match(token)
            if m and m[2].lower() in _NOT_IN and not token.endswith("/>"):
                depth += -1 if m[1] else 1
            out.append(token)
            continue
        if depth > 0 or not token.strip():
            out.append(token)
            continue
        found = []
        for entry in todo:
            if entry.id not in linked and (m := term_pattern(entry.id, lang).search(token)):
                found.append((m.start(), -(m.end() - m.start()), m.end(), entry.id))
        taken, end = [], 0
        for start, _, stop, ident in sorted(found):
            if start >= end:
                taken.append((start, stop, ident))
                end = stop
        at = 0
        for start, stop, ident in taken:
            out.append(token[at:start])
            out.append(f'<a class="{LINK_CLASS}" href="{glossary_href}#{ident}">{token[start:stop]}</a>')
            linked.add(ident)
            at = stop
        out.append(token[at:])
    return "".join(out)


def unlinked(html: str) -> str:
    """`html` without the term links `link_first_uses` added (their text kept)."""
    return re.sub(rf'<a class="{LINK_CLASS}" href="[^"]*">(.*?)</a>', r"\1", html)
