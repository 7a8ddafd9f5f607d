"""At the end of every page with examples, say what its examples were verified on (machinery/verified.py), in
the page's language, with a link to how to run them. Added after search indexing: the same sentence on every
page would only be noise in search results."""

from __future__ import annotations

import posixpath

from machinery.layout import language_folder
from machinery.syntax import includes
from machinery.verified import sentence

END = "</article>"


def on_post_page(output: str, page, config) -> str:
    if page.file.src_uri.startswith("404") or not includes(page.markdown or ""):
        return output
    lang = config.theme["language"]
    here = posixpath.dirname(page.url.rstrip("/") + "/x") if page.url else ""
    start = posixpath.relpath(language_folder(lang) or ".", here or ".")
    start = "./" if start == "." else start + "/"
    at = output.rfind(END)
    return output[:at] + sentence(lang, start) + "\n" + output[at:] if at >= 0 else output
