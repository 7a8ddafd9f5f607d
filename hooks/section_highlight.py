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
from pathlib import Path

from mkdocs.exceptions import PluginError

FENCE = re.compile(
    r'^(?P<indent>[ \t]*)(?P<fence>`{3,})(?P<info>[^\n`]*)\n'
    r'(?P=indent)--8<-- "(?P<path>[^"]+)"\n'
    r'(?P=indent)(?P=fence)[ \t]*$',
    re.M,
)
HL_LINES = re.compile(r'hl_lines="(?P<value>[^"]*)"')
MARKER = re.compile(r"^\s*#\s*--8<--\s*\[\s*(?P<kind>start|end)\s*:\s*(?P<name>[-_0-9a-z]+)\s*\]\s*$")


def section_lines(path: Path) -> dict[str, list[int]]:
    """Map each section name to the 1-based line numbers it covers once marker lines are removed."""
    sections: dict[str, list[int]] = {}
    open_sections: set[str] = set()
    shown = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        marker = MARKER.match(line)
        if marker:
            name = marker["name"]
            if marker["kind"] == "start":
                open_sections.add(name)
                sections.setdefault(name, [])
            else:
                open_sections.discard(name)
            continue
        shown += 1
        for name in open_sections:
            sections[name].append(shown)
    return sections


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
    def rewrite(match: re.Match) -> str:
        info = match["info"]
        hl = HL_LINES.search(info)
        if not hl or all(part.replace("-", "").isdigit() for part in hl["value"].split()):
            return match.group(0)
        path = Path(match["path"])
        sections = section_lines(path)
        numbers: list[int] = []
        for name in hl["value"].split():
            if name not in sections:
                raise PluginError(
                    f"{page.file.src_path}: hl_lines names section '{name}', but {path} has no "
                    f"'# --8<-- [start:{name}]' marker (it has: {', '.join(sorted(sections)) or 'none'})."
                )
            numbers.extend(sections[name])
        new_info = info.replace(hl.group(0), f'hl_lines="{to_ranges(sorted(set(numbers)))}"')
        return match.group(0).replace(info, new_info, 1)

    return FENCE.sub(rewrite, markdown)
