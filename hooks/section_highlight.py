"""Highlight a snippet's named sections instead of line numbers that drift.

A page writes

    ```python title="identity_map.py" hl_lines="same-row"
    --8<-- "snippets/what-is-a-session/identity_map.py"
    ```

and the snippet marks the lines with ``# --8<-- [start:same-row]`` / ``# --8<-- [end:same-row]``.
pymdownx.snippets includes the whole file and drops the marker lines; this hook turns the section
names into the line numbers that remain, before Markdown runs. An unknown section name fails the build.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

from machinery.layout import ROOT
from machinery.syntax import code_blocks, section_lines

HL_LINES = re.compile(r'hl_lines="(?P<value>[^"]*)"')


def to_ranges(numbers: list[int]) -> str:
    ranges, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            ranges.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return " ".join(ranges)


def on_page_markdown(markdown: str, page, config, files) -> str:
    lines = markdown.split("\n")
    for block in code_blocks(markdown):
        hl = HL_LINES.search(block.info)
        if block.include is None or not hl or all(part.replace("-", "").isdigit() for part in hl["value"].split()):
            continue
        path = block.include
        sections = section_lines((ROOT / path).read_text(encoding="utf-8"))
        numbers: list[int] = []
        for name in hl["value"].split():
            if name not in sections:
                raise PluginError(
                    f"{page.file.src_path}:{block.line}: hl_lines names section '{name}', but {path} has no "
                    f"'# --8<-- [start:{name}]' marker (it has: {', '.join(sorted(sections)) or 'none'})."
                )
            numbers.extend(sections[name])
        opening = lines[block.line - 1]
        lines[block.line - 1] = opening.replace(hl.group(0), f'hl_lines="{to_ranges(sorted(set(numbers)))}"', 1)
    return "\n".join(lines)
