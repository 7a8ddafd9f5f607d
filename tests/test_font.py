"""The self-hosted Bengali font, shrunk by hooks/subset_bengali_font.py, still draws every Bengali word on the site
exactly as the full font does (the same outlines at the same positions, nothing missing), and every character of
the site that the stylesheet's unicode-range sends to it, the danda included (machinery/fonts.py)."""

import pytest
import uharfbuzz
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont

from machinery.fonts import (
    FONTS,
    STYLESHEET,
    bengali_runs,
    drawn_characters,
    harfbuzz_font,
    site_texts,
    unicode_range,
)
from machinery.layout import DOCS, ROOT


class Drawing:
    """Shapes text with one font and describes the result by outlines, which do not depend on glyph ids."""

    def __init__(self, path):
        self.shaper, font = harfbuzz_font(path), TTFont(path)
        self.order, self.glyphs = font.getGlyphOrder(), font.getGlyphSet()
        self.outlines: dict[int, tuple] = {}

    def outline(self, gid: int) -> tuple:
        if gid not in self.outlines:
            pen = DecomposingRecordingPen(self.glyphs)
            self.glyphs[self.order[gid]].draw(pen)
            self.outlines[gid] = tuple(pen.value)
        return self.outlines[gid]

    def __call__(self, text: str) -> list[tuple]:
        buffer = uharfbuzz.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        uharfbuzz.shape(self.shaper, buffer, {})
        return [(info.codepoint != 0, self.outline(info.codepoint), pos.x_advance, pos.x_offset, pos.y_offset)
                for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)]  # codepoint 0: .notdef


@pytest.mark.parametrize("source", sorted((DOCS / FONTS).glob("*.woff2")), ids=lambda p: p.name)
def test_subset_font_draws_every_bengali_word_like_the_full_font(site, source):
    runs = bengali_runs(list(site_texts(site)))
    assert len(runs) > 100, f"only {len(runs)} Bengali words found in the built site: is the site built?"
    built = site / FONTS / source.name
    glyphs = {path: len(TTFont(path).getGlyphOrder()) for path in (source, built)}
    assert glyphs[built] < glyphs[source], (
        f"the site's {FONTS}/{source.name} has {glyphs[built]} glyphs, as many as the full font: "
        "hooks/subset_bengali_font.py did not shrink it (did the hook run, at the end of the last build?)."
    )
    full, small = Drawing(source), Drawing(built)
    wrong = sorted(run for run in runs if small(run) != full(run))
    assert not wrong, (
        f"the site's {FONTS}/{source.name} draws {len(wrong)} words unlike {source.relative_to(ROOT)}, e.g. "
        f"{wrong[:5]}: machinery/fonts.py (hooks/subset_bengali_font.py) must keep every glyph their shaping uses."
    )


@pytest.mark.parametrize("source", sorted((DOCS / FONTS).glob("*.woff2")), ids=lambda p: p.name)
def test_subset_font_draws_every_character_the_stylesheet_sends_it(site, source):
    claimed = unicode_range(DOCS / STYLESHEET)
    characters = drawn_characters(list(site_texts(site)), claimed)
    assert "।" in characters, "no danda (।) found in the built site: is the site built, and is it in unicode-range?"
    full, small = Drawing(source), Drawing(site / FONTS / source.name)
    blank = [c for c in sorted(characters) if not all(drawn for drawn, *_ in full(c))]
    assert not blank, (
        f"{STYLESHEET} sends {', '.join(f'U+{ord(c):04X} {c}' for c in blank)} to {source.name} (unicode-range), "
        "but the full font has no glyph for it: readers see a blank box. Narrow the unicode-range, or keep the "
        "character out of the pages."
    )
    wrong = [c for c in sorted(characters) if small(c) != full(c)]
    assert not wrong, (
        f"the site's {FONTS}/{source.name} draws {', '.join(f'U+{ord(c):04X} {c}' for c in wrong)} unlike the "
        f"full font, though {STYLESHEET} sends them to it: machinery/fonts.py must keep every character of the "
        "site in its unicode-range."
    )
