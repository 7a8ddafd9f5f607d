"""The Run button (machinery/runtime.py): every example program the browser can run is marked `data-run` for
docs/assets/javascripts/run/run.js, which the page then loads; one the browser cannot run gets, in its place, a
sentence in the page's language saying why (machinery/browser_leg.py's record). The built site gets the
runtime (.vendor/runtime, built by ./dev runtime), the two Python files the worker runs, and the strings and
settings run.js imports (assets/javascripts/run/config.js)."""

from __future__ import annotations

import json
import re
import shutil
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from machinery.browser_leg import PACKAGE_NAMES, cannot_run
from machinery.layout import ROOT, default_language
from machinery.runtime import (
    BUILD_COMMAND,
    BUILT,
    EDITOR,
    LIBRARY,
    PAGE_SCRIPTS,
    PYTHON_FILES,
    REASONS,
    SERVED,
    STRINGS,
    manifest,
)
from machinery.syntax import code_blocks

PYTHON_BLOCK = re.compile(r'<div class="language-python highlight">')
BLOCK_END = "</code></pre></div>"
SCRIPT = "run.js"
BUTTONS = ("run", "stop", "edit", "reset")  # run.js's ACTIONS, in order: their labels come with its script tag
CONFIG = "config.js"
_programs: dict[str, list[str | None]] = {}  # page source -> each Python block's snippet ("<page>/<name>.py") or None


def reason(snippet: str, lang: str) -> str | None:
    """Why the browser cannot run `snippet`, in `lang`; None when it can."""
    found = cannot_run().get(snippet)
    if found is None:
        return None
    kind, _, package = found.partition(":")
    return REASONS[kind][lang].format(package=PACKAGE_NAMES.get(package, package))


def on_page_markdown(markdown: str, page, config, files) -> str:
    _programs[page.file.src_uri] = [
        block.include.removeprefix("snippets/") if (block.include or "").endswith(".py") else None
        for block in code_blocks(markdown) if block.language in ("python", "py")
    ]
    return markdown


def on_post_page(output: str, page, config) -> str:
    """After search indexing, as hooks/verified_on.py: the same sentence on many pages is only noise in search."""
    html = mark_blocks(output, page, config)
    if "data-run=" not in html:
        return html
    src = get_relative_url(PAGE_SCRIPTS + SCRIPT, page.url)
    labels = "|".join(STRINGS[config.theme["language"]][action] for action in BUTTONS)
    tag = f'<script type="module" src="{src}" data-run-labels="{escape(labels)}"></script>'
    return html.replace("</body>", tag + "\n</body>", 1)


def mark_blocks(html: str, page, config) -> str:
    programs = _programs.get(page.file.src_uri, [])
    starts = [m.start() for m in PYTHON_BLOCK.finditer(html)]
    if len(starts) != len(programs):
        raise PluginError(f"hooks/run_buttons.py: {page.file.src_uri} has {len(programs)} Python code blocks in its "
                          f"Markdown but {len(starts)} in its HTML; every ```python fence must render as one block")
    lang = config.theme["language"]
    pieces, last = [], 0
    for start, snippet in zip(starts, programs, strict=True):
        if snippet is None:
            continue
        end = html.index(BLOCK_END, start) + len(BLOCK_END)
        why = reason(snippet, lang)
        pieces.append(html[last:start])
        if why is None:
            pieces.append(f'<div class="language-python highlight" data-run="{escape(snippet)}">')
            pieces.append(html[start + len('<div class="language-python highlight">'):end])
        else:
            pieces.append(html[start:end] + f'\n<p class="run-note">{escape(why)}</p>')
        last = end
    return "".join(pieces) + html[last:]


@event_priority(-200)  # once, after every language is built (as hooks/purge_theme_css.py)
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:
        return
    try:
        built = manifest()
    except FileNotFoundError as error:
        raise PluginError(f"hooks/run_buttons.py: {error}") from None
    site = Path(config.site_dir)
    target = site / SERVED
    target.mkdir(parents=True, exist_ok=True)
    for name in built["sizes"]:
        if name != "manifest.json":
            shutil.copy2(BUILT / name, target / name)
    for name in PYTHON_FILES:
        shutil.copy2(ROOT / "machinery" / name, target / name)
    settings = {
        "library": LIBRARY, "editor": EDITOR, "lock_info": built["lock_info"], "on_demand": built["on_demand"],
        "python_files": list(PYTHON_FILES), "sizes": built["sizes"], "default_language": default_language(),
        "first_download_bytes": first_download_bytes(built),
    }
    (site / PAGE_SCRIPTS / CONFIG).write_text(
        "// Written by hooks/run_buttons.py from machinery/runtime.py: do not edit.\n"
        f"export const config = {json.dumps(settings, sort_keys=True)};\n"
        f"export const strings = {json.dumps(STRINGS, ensure_ascii=False, sort_keys=True)};\n",
        encoding="utf-8")
    if not (site / PAGE_SCRIPTS / SCRIPT).is_file():
        raise PluginError(f"hooks/run_buttons.py: {PAGE_SCRIPTS}{SCRIPT} is missing from the site; run {BUILD_COMMAND}")


def first_download_bytes(built: dict) -> int:
    """About what the first Run transfers (the interpreter gzipped as hosts send it, the library as it is)."""
    return built["gzipped"]["first_run"]

