"""At the end of every page with examples, say what its examples were verified on (machinery/verified.py), in
the page's language, with a link to how to run them. Added after search indexing: the same sentence on every
page would only be noise in search results."""

from __future__ import annotations

from mkdocs.utils import get_relative_url

from machinery.layout import language_folder
from machinery.syntax import includes
from machinery.verified import page_snippets, sentence

END = "</article>"


def on_post_page(output: str, page, config) -> str:
    if page.file.src_uri.startswith("404") or not includes(page.markdown or ""):
        return output
    lang = config.theme["language"]
    start = get_relative_url(language_folder(lang) or ".", page.url).rstrip("/") + "/"  # the language's start page
    at = output.rfind(END)
    return output[:at] + sentence(lang, start, page_snippets(page.markdown)) + "\n" + output[at:] if at >= 0 else output
