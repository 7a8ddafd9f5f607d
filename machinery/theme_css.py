"""Material's stylesheet without the rules this site can never use.

Material ships one stylesheet for every feature it has (blog posts, cards, tags, versions, Mermaid, maths, ...):
22 KB of every first view, gzipped, most of it for elements no page of ours contains. A rule is dropped when
one of the classes its selector requires appears nowhere in the built site: no HTML page and no script (a class
that Material's scripts add at run time is written in the scripts, so it is found there). This is PurgeCSS's
rule, on tinycss2's parse of the stylesheet. A class a script builds from a prefix (`tabbed-control--${name}`,
`"md-tag--" + name`) counts as written for every name. A class inside `:not()`, `:is()`, `:where()` or `:has()` decides
nothing (`:not(.unused)` still matches), and selectors without classes, `@font-face`, `@keyframes` and
custom properties all stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import tinycss2

THEME_CSS = "assets/stylesheets/main.*.min.css"  # Material's hashed stylesheet, relative to the built site
USED_IN = ("*.html", "*.js", "*.json")  # where a class the site uses is written

_WORD = re.compile(r"[A-Za-z0-9_-]+")
_PREFIX = re.compile(r"""([A-Za-z][A-Za-z0-9_-]*[-_])(?:\$\{|["'`]\s*\+)""")  # a class name a script completes
_CLASS = re.compile(r"\.(-?[A-Za-z_][A-Za-z0-9_-]*)")
_GROUPED = {"media", "supports", "layer", "container"}  # at-rules whose content is a list of rules


class SiteWords:
    """Every word (letters, digits, `_`, `-`) of the built site's pages, scripts and data, and every prefix a
    script completes into a class name."""

    def __init__(self, texts: Iterable[str]):
        self.words: set[str] = set()
        self.prefixes: set[str] = set()
        for text in texts:
            self.words.update(_WORD.findall(text))
            self.prefixes.update(_PREFIX.findall(text))

    def __contains__(self, name: str) -> bool:
        return name in self.words or any(name.startswith(prefix) for prefix in self.prefixes)


def site_words(site: Path) -> SiteWords:
    return SiteWords(
        path.read_text(encoding="utf-8", errors="replace") for pattern in USED_IN for path in site.rglob(pattern)
    )


def required_classes(selector: str) -> set[str]:
    """The classes an element must have for one complex selector (no commas) to match it."""
    kept, depth, text = [], 0, re.sub(r"\[[^\]]*\]", "", selector)  # attribute values may hold dots
    for char in text:
        depth += char == "("
        kept.append(char if depth == 0 else " ")
        depth -= char == ")"
    return set(_CLASS.findall("".join(kept)))


def _selectors(prelude) -> list[str]:
    return [part.strip() for part in _split_top_level(tinycss2.serialize(prelude))]


def _split_top_level(text: str) -> Iterable[str]:
    depth, start = 0, 0
    for i, char in enumerate(text):
        depth += char in "(["
        depth -= char in ")]"
        if char == "," and depth == 0:
            yield text[start:i]
            start = i + 1
    yield text[start:]


def _purge(rules, words: SiteWords, dropped: list[str]) -> list[str]:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            kept = []
            for selector in _selectors(rule.prelude):
                used = all(name in words for name in required_classes(selector))
                (kept if used else dropped).append(selector)
            if kept:
                out.append(",".join(kept) + "{" + tinycss2.serialize(rule.content) + "}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in _GROUPED and rule.content is not None:
            grouped = tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True)
            inner = _purge(grouped, words, dropped)
            if inner:
                out.append("@" + rule.at_keyword + tinycss2.serialize(rule.prelude) + "{" + "".join(inner) + "}")
        elif rule.type != "comment":
            out.append(rule.serialize())
    return out


def purge(css: str, words: SiteWords) -> str:
    """The stylesheet without the selectors (and then rules) that need a class missing from `words`."""
    return "".join(_purge(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), words, []))


def dropped_selectors(css: str, words: SiteWords) -> list[str]:
    """The selectors `purge` drops, each once."""
    dropped: list[str] = []
    _purge(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), words, dropped)
    return list(dict.fromkeys(dropped))


def whole_theme_css(built: Path) -> Path:
    """Material's own stylesheet of which `built` (a file of the built site matching THEME_CSS) is the purge."""
    import material

    return Path(material.__file__).parent / "templates" / "assets" / "stylesheets" / built.name


def page_classes(html_text: str) -> set[str]:
    """The class names a page's HTML uses (in `class` attributes)."""
    return {name for value in re.findall(r'\bclass="([^"]*)"', html_text) for name in value.split()}


_STATEFUL = re.compile(  # pseudo-elements and the pseudo-classes of a state: with them gone, a selector matches
    r"::?(?:-webkit-[\w-]+|-moz-[\w-]+|before|after|marker|placeholder|selection|hover|focus|focus-within|"
    r"focus-visible|active|visited|checked|disabled|enabled|target|indeterminate)(?![\w-])"
)  # an element whenever the rule could style it (or its ::before) in some state


def stateless(selector: str) -> str:
    """`selector` without pseudo-elements, state pseudo-classes and `:not()` (each only narrows what matches):
    `input:checked+.x:not(.y):before` -> `input+.x`."""
    text = _STATEFUL.sub("", re.sub(r":not\((?:[^()]|\([^()]*\))*\)", "", selector)).strip()
    text = re.sub(r"(^|[\s>+~(,])(?=[\s>+~),]|$)", r"\1*", text)  # a compound left empty matches anything
    return re.sub(r"\s+", " ", text)
