"""Write the glossary's entries (glossary.yml, machinery/glossary.py) into the glossary page of each language,
where the page holds the marker line. A glossary page without it fails the build."""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from machinery.glossary import MARKER, PAGE, markdown


def on_page_markdown(text: str, page, config, files) -> str:
    if page.file.src_uri.split(".")[0] != PAGE:
        return text
    if MARKER not in text:
        raise PluginError(f"docs/{page.file.src_uri} must hold the line {MARKER} where the glossary's entries go")
    return text.replace(MARKER, markdown(config.theme["language"]))
