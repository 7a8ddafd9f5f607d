"""The self-hosted Bengali font, and the text the site draws with it.

Noto Sans Bengali's `bengali` subset is 43 KB, because it carries every conjunct of the script; a page's first
view must stay within 100 KB gzipped including the font. So after the build, every Bengali run in the built
pages, search index and 404 pages is shaped with HarfBuzz using the full font (docs/assets/fonts/), noting every
glyph that appears at any step of shaping (conjuncts are made in several steps), and fontTools keeps exactly
those glyphs with the OpenType rules between them (hooks/subset_bengali_font.py). Every other character of the
site's text that the stylesheet's `unicode-range` sends to this font (the danda । and ॥, ₹, the dotted circle)
is kept too, each on its own: the browser draws those with this font or with nothing. The site then draws all of
its own Bengali text exactly as the full font would (tests/test_font.py checks it word by word and character by
character); text the site never shows (a reader's own search query, say) may miss a conjunct form and show its
parts instead.
"""

from __future__ import annotations

import html
import io
import json
import re
import warnings
from pathlib import Path

import uharfbuzz
from fontTools import subset
from fontTools.ttLib import TTFont

from machinery.runtime import STRINGS
from machinery.syntax import BENGALI_RUN

FONTS = "assets/fonts"  # relative to docs_dir and site_dir
STYLESHEET = "assets/stylesheets/reader.css"  # its @font-face says which characters the font draws
_FONT_FACE = re.compile(r"@font-face\s*\{(?P<body>[^}]*)\}")
_RANGE = re.compile(r"unicode-range:\s*(?P<ranges>[^;]+);")


def unicode_range(stylesheet: Path, family: str = "Noto Sans Bengali") -> set[int]:
    """The code points the stylesheet's @font-face for `family` claims (its `unicode-range`)."""
    for face in _FONT_FACE.finditer(stylesheet.read_text(encoding="utf-8")):
        ranges = _RANGE.search(face["body"])
        if f'"{family}"' in face["body"] and ranges:
            points: set[int] = set()
            for part in ranges["ranges"].split(","):
                first, _, last = part.strip().removeprefix("U+").partition("-")
                points.update(range(int(first, 16), int(last or first, 16) + 1))
            return points
    raise LookupError(f"{stylesheet}: no @font-face for {family!r} with a unicode-range")


_JSON_SCRIPT = re.compile(r'<script[^>]*type="application/json"[^>]*>(?P<json>.*?)</script>', re.S)


def _strings(value) -> list[str]:
    """Every string in a parsed JSON value."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for item in items for s in _strings(item)]


def site_texts(site: Path):
    """The text of every built HTML and JSON file: HTML with its entities decoded, and every string of the JSON
    files and of the pages' JSON scripts (Material's __config escapes each Bengali letter as \\uXXXX, and holds
    the strings its scripts show, such as the search results' "এই পৃষ্ঠায় আরও ১টি আছে"); and the Run button's
    words (machinery/runtime.py STRINGS)."""
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        yield html.unescape(text)
        for script in _JSON_SCRIPT.finditer(text):
            yield "\n".join(_strings(json.loads(script["json"])))
    for path in site.rglob("*.json"):
        yield "\n".join(_strings(json.loads(path.read_text(encoding="utf-8"))))
    yield "\n".join(_strings(STRINGS))  # what the Run button writes (runner.js, from the site's config.js)


def bengali_runs(texts: list[str]) -> set[str]:
    """Every run of Bengali letters (with ZWJ/ZWNJ) in the site's texts (`site_texts`)."""
    return {run for text in texts for run in BENGALI_RUN.findall(text)}


def drawn_characters(texts: list[str], claimed: set[int]) -> set[str]:
    """Every character of the site's texts (`site_texts`) that the font is claimed for (`unicode_range`); spaces,
    which the font also has, are left to the text's own font."""
    return {c for text in texts for c in set(text) if ord(c) in claimed and not c.isspace()}


def harfbuzz_font(path: Path) -> uharfbuzz.Font:
    data = io.BytesIO()
    font = TTFont(path)
    font.flavor = None  # HarfBuzz reads the font's tables, not woff2
    font.save(data)
    return uharfbuzz.Font(uharfbuzz.Face(data.getvalue()))


def glyphs_used(path: Path, runs: set[str]) -> set[int]:
    """The ids of every glyph HarfBuzz puts in its buffer while shaping these runs, intermediate ones included."""
    font, used = harfbuzz_font(path), set()
    for run in sorted(runs):
        buffer = uharfbuzz.Buffer()
        buffer.add_str(run)
        buffer.guess_segment_properties()

        def step(message: str, buffer=buffer) -> bool:
            # Each lookup's result, and the glyphs as a table starts (before its first lookup): every glyph the
            # buffer holds at any stage. (Before the first table the buffer still holds characters, not glyphs;
            # a lookup's start shows what the previous lookup's end showed.)
            if message.startswith(("end lookup", "start table")):
                used.update(info.codepoint for info in buffer.glyph_infos)
            return True

        buffer.set_message_func(step)
        uharfbuzz.shape(font, buffer, {})
        used.update(info.codepoint for info in buffer.glyph_infos)
    return used


def subset_font(source: Path, target: Path, runs: set[str]) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # keep every shaping rule among the kept glyphs...
    options.layout_closure = False  # ...without adding every conjunct those rules could make
    subsetter = subset.Subsetter(options)
    subsetter.populate(gids=sorted(glyphs_used(source, runs)), unicodes=sorted({ord(c) for r in runs for c in r}))
    font = TTFont(source)
    subsetter.subset(font)
    with warnings.catch_warnings():  # fontTools 4.x calls uharfbuzz's renamed repack; the build log needs no stack
        warnings.filterwarnings("ignore", "'repack_with_tag' is deprecated", DeprecationWarning)
        font.save(target)
