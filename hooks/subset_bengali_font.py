"""Shrink the self-hosted Bengali font to the glyphs this site's Bengali text uses, with every other character
of the site that the stylesheet sends to it (machinery/fonts.py says how, and why; tests/test_font.py proves
every word and every character still draws as with the full font)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from machinery.fonts import (
    FONTS,
    STYLESHEET,
    bengali_runs,
    drawn_characters,
    site_texts,
    subset_font,
    unicode_range,
)


@event_priority(-300)  # after every language is built and the search index is split (hooks/search_per_language.py)
def on_post_build(config) -> None:
    # mkdocs-static-i18n builds the other languages inside the default language's build (in its on_post_build,
    # at -100, with `building` set), and each of those builds ends here too, before every page exists: only the
    # end of the outer build sees the whole site.
    if config.plugins["i18n"].building:
        return
    site, fonts = Path(config.site_dir), Path(config.docs_dir) / FONTS
    texts = list(site_texts(site))  # read once for both
    runs = bengali_runs(texts) | drawn_characters(texts, unicode_range(Path(config.docs_dir) / STYLESHEET))
    for source in fonts.glob("*.woff2"):
        subset_font(source, site / FONTS / source.name, runs)
