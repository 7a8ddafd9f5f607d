"""Drop the rules of Material's stylesheet that no page or script of this site can use (machinery/theme_css.py
says which, and why; tests/test_theme_css.py checks the rule and the built stylesheet)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from machinery.theme_css import THEME_CSS, purge, site_words


@event_priority(-300)  # after every language is built (see hooks/subset_bengali_font.py)
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:
        return
    site = Path(config.site_dir)
    words = site_words(site)
    for path in site.glob(THEME_CSS):
        path.write_text(purge(path.read_text(encoding="utf-8"), words), encoding="utf-8")
