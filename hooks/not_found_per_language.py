"""Give every language its own 404 page: 404.html in the default language, <lang>/404.html in each other one.

mkdocs-static-i18n builds the site once per language into the same site_dir, and every build writes
site_dir/404.html, so the language built last (English) would own the root 404 page. This hook keeps the
default language's page at the root and moves each other language's page under its own folder. Servers that
look for the nearest 404.html serve the right one directly; on GitHub Pages, which only serves the root one,
overrides/404.html sends a reader under <lang>/ on to <lang>/404.html.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from machinery.layout import default_language, language_folder

_default_page: bytes | None = None  # the default language's 404 page, built first


@event_priority(0)  # before static-i18n (-100) starts building the other languages from its own on_post_build
def on_post_build(config) -> None:
    global _default_page
    page = Path(config.site_dir) / "404.html"
    if not page.is_file():
        return
    lang = config.theme["language"]
    if lang == default_language():
        _default_page = page.read_bytes()
        return
    target = Path(config.site_dir) / language_folder(lang) / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.replace(target)
    if _default_page is not None:
        page.write_bytes(_default_page)
