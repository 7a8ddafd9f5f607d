"""The writing rules the suite holds, read from STYLE.md (its "Ruled out" YAML block: one definition, which
contributors read and tests/test_style.py applies), and the prose of a page they apply to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from machinery.glossary import GLOSSARY, avoid_pattern, entries
from machinery.layout import ROOT
from machinery.syntax import without_code

STYLE = ROOT / "STYLE.md"
_RULES_BLOCK = re.compile(r"^## Ruled out.*?^```yaml\n(?P<yaml>.*?)^```", re.M | re.S)


@dataclass(frozen=True)
class Rule:
    lang: str
    not_: re.Pattern
    write: str
    allow: tuple[str, ...] = ()

    def breaches(self, prose: str) -> list[tuple[int, str]]:
        """(1-based line, the text that breaks the rule) for each breach in `prose`; allowed words excepted."""
        found = []
        for number, line in enumerate(prose.splitlines(), 1):
            for match in self.not_.finditer(line):
                word = _word_around(line, match.start(), match.end())
                if word not in self.allow:
                    found.append((number, word))
        return found


def _word_around(line: str, start: int, end: int) -> str:
    """The whitespace-delimited word that holds line[start:end] (or the match itself if it spans words)."""
    left = line.rfind(" ", 0, start) + 1
    right = line.find(" ", end)
    word = line[left:len(line) if right < 0 else right] if " " not in line[start:end].strip() else line[start:end]
    return word.strip("।,;:!?()[]“”‘’.*_")


@cache
def rules() -> tuple[Rule, ...]:
    """STYLE.md's ruled-out forms, then each glossary entry's (glossary.yml `avoid`: write its `bn` term)."""
    block = _RULES_BLOCK.search(STYLE.read_text(encoding="utf-8"))
    if not block:
        raise LookupError(f"{STYLE.name} has no '## Ruled out' section with a ```yaml block of rules")
    style = [Rule(r["lang"], re.compile(r["not"]), r["write"], tuple(r.get("allow", ())))
             for r in yaml.safe_load(block["yaml"])]
    glossary = [Rule("bn", avoid_pattern(e), f"{e.bn} ({GLOSSARY.name}: {e.id})") for e in entries() if e.avoid]
    return tuple(style + glossary)


_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_BLOCK_TITLE = re.compile(  # admonitions (!!!), collapsible ones (???) and content tabs (===), with their title
    r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?|===\+?)[ \t]*(?P<kind>[\w-]*)[ \t]*(?:"(?P<title>.*)")?[ \t]*$'
)
_LINK_TARGET = re.compile(r"\]\((?:[^()]|\([^()]*\))*\)|\]\[[^\]]*\]|^\s*\[[^\]]+\]:.*$", re.M)
_ATTRIBUTES = re.compile(r"\{[ \t]*[#.:][^}]*\}")
_HTML = re.compile(r"<[^>]+>")


def prose(markdown: str) -> str:
    """A page's Markdown as readers read it, line for line: code blocks and inline code blanked, admonition and
    tab titles without their quotes, link targets, attribute lists and HTML tags removed."""
    lines = []
    for line in without_code(markdown).splitlines():
        title = _BLOCK_TITLE.match(line)
        if title:
            line = title["indent"] + (title["title"] or "")
        line = _INLINE_CODE.sub(" ", line)
        line = _LINK_TARGET.sub("]", line)
        line = _ATTRIBUTES.sub(" ", line)
        lines.append(_HTML.sub(" ", line))
    return "\n".join(lines)


# --- prose in the page's own language ----------------------------------------------------------------------

_LATIN_WORD = re.compile(r"(?<![\w])[A-Za-z][A-Za-z'’-]+")
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’")  # a quoted message or name is in its own language by right
_ITEM = re.compile(r"^\s*(?:\d+\.|[-*+]|\|)\s")  # a list item or a table row starts a block of its own
WRONG_LANGUAGE = {  # page language -> (share of the other language's words, fewest words) that flags a block
    "bn": (0.7, 8),  # real Bengali blocks, with names and link texts in English, stay at or below 0.5
    "en": (0.3, 3),
}


def blocks(prose_text: str) -> list[tuple[int, str]]:
    """(first line, text) of each paragraph, list item, table row, heading or note body of a page's `prose`."""
    found, current, start = [], [], 0
    for number, line in enumerate(prose_text.splitlines(), 1):
        if (not line.strip() or _ITEM.match(line) or line.lstrip().startswith("#")) and current:
            found.append((start, " ".join(current)))
            current = []
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
    if current:
        found.append((start, " ".join(current)))
    return found


def wrong_language_blocks(markdown: str, lang: str) -> list[tuple[int, float, str]]:
    """(line, share, opening words) of each block of a `lang` page whose words are mostly in the other
    language: code, link targets and quoted text left aside (`prose`, `_QUOTED`)."""
    from machinery.syntax import BENGALI_WORD

    share_limit, fewest = WRONG_LANGUAGE[lang]
    found = []
    for line, text in blocks(prose(markdown)):
        text = _QUOTED.sub(" ", text)
        bengali, latin = len(BENGALI_WORD.findall(text)), len(_LATIN_WORD.findall(text))
        other = latin if lang == "bn" else bengali
        if other >= fewest and other / (bengali + latin) >= share_limit:
            found.append((line, other / (bengali + latin), " ".join(text.split()[:8])))
    return found
