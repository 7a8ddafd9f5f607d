"""Link the first use of each glossary term on a page to its entry in the glossary of the page's language
(machinery/glossary.py `link_first_uses`); the glossary page and 404 pages are left alone."""

from __future__ import annotations

from mkdocs.utils import get_relative_url

from machinery.glossary import PAGE, link_first_uses
from machinery.layout import language_folder


def on_page_content(html: str, page, config, files) -> str:
    if page.file.src_uri.startswith(("404", PAGE)):
        return html
    lang = config.theme["language"]
    href = get_relative_url(f"{language_folder(lang)}{PAGE}/", page.url)
    return link_first_uses(html, lang, href.rstrip("/") + "/")
