"""After every language is built, move Material's inline icons into one sprite file (machinery/icons.py)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from machinery.icons import SPRITE, sprite, use_sprite


@event_priority(-300)  # after every language is built (see hooks/subset_bengali_font.py)
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:
        return
    site, symbols = Path(config.site_dir), {}
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue  # answers any address: keeps its icons inline
        href = "../" * (len(page.relative_to(site).parts) - 1) + SPRITE
        html = page.read_text(encoding="utf-8")
        changed = use_sprite(html, href, symbols)
        if changed != html:
            page.write_text(changed, encoding="utf-8")
    (site / SPRITE).parent.mkdir(parents=True, exist_ok=True)
    (site / SPRITE).write_text(sprite(symbols), encoding="utf-8")
