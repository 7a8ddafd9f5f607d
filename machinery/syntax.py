"""The authoring syntax of pages and snippets, defined once for the hooks, the tests and the commands.

A page includes a snippet with an include line inside a code fence:

    ```python title="identity_map.py" hl_lines="same-row"
    --8<-- "snippets/what-is-a-session/identity_map.py"
    ```

A snippet may hold two kinds of comment, and no other (they are shown in every language, untranslated):
  * a section marker on a line of its own, `# --8<-- [start:same-row]` … `# --8<-- [end:same-row]`, which
    `hl_lines` names (pymdownx.snippets drops the lines; hooks/section_highlight.py turns names into numbers);
  * a code-note marker at the end of a line, `# (1)!`, explained by item 1 of the numbered list right after
    the code block, in the page's language (hooks/code_notes.py links the two).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# --- includes, section markers and code notes -----------------------------------------------------------------

INCLUDE_LINE = re.compile(r'^(?P<indent>[ \t]*)--8<-- "(?P<path>[^"]+)"[ \t]*$', re.M)
SECTION_MARKER = re.compile(
    r"^[ \t]*#[ \t]*--8<--[ \t]*\[[ \t]*(?P<kind>start|end)[ \t]*:[ \t]*(?P<name>[a-z][-_0-9a-z]*)[ \t]*\][ \t]*$"
)
_NOTE = r"#[ \t]*\((?P<n>\d+)\)!"
NOTE_MARKER = re.compile(_NOTE)
# The same marker as Pygments renders it: a comment token of its own (its leading space is kept apart).
RENDERED_NOTE_MARKER = re.compile(r'(?P<space>[ \t]*)<span class="c1">' + _NOTE + "</span>")
NUMBERED_ITEM = re.compile(r"^[ \t]*(?P<n>\d+)\.[ \t]")


def includes(markdown: str) -> list[str]:
    """The files a page pulls in with pymdownx.snippets, in order."""
    return [m["path"] for m in INCLUDE_LINE.finditer(markdown)]


def note_numbers(source: str) -> list[int]:
    """The code-note markers of a snippet, in the order they appear."""
    return [int(n) for n in NOTE_MARKER.findall(source)]


def section_lines(source: str) -> dict[str, list[int]]:
    """Each section's 1-based line numbers as shown on the page (marker lines removed)."""
    sections: dict[str, list[int]] = {}
    open_sections: set[str] = set()
    shown = 0
    for line in source.splitlines():
        marker = SECTION_MARKER.match(line)
        if marker:
            if marker["kind"] == "start":
                open_sections.add(marker["name"])
                sections.setdefault(marker["name"], [])
            else:
                open_sections.discard(marker["name"])
            continue
        shown += 1
        for name in open_sections:
            sections[name].append(shown)
    return sections


def copyable_source(source: str) -> str:
    """The program as a reader copies it from the page: without section lines and code-note markers."""
    lines = [NOTE_MARKER.sub("", line).rstrip() for line in source.splitlines() if not SECTION_MARKER.match(line)]
    return "\n".join(lines).strip("\n")


# --- code fences in Markdown ----------------------------------------------------------------------------------

_OPENING = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")


@dataclass(frozen=True)
class CodeBlock:
    line: int  # 1-based line of the opening fence
    end: int  # 1-based line of the closing fence
    indent: str
    fence: str  # ``` or ~~~ (or longer)
    info: str  # what follows the opening fence: `python title="x.py" hl_lines="a"`
    body: str

    @property
    def language(self) -> str:
        word = self.info.split(None, 1)[0] if self.info else ""
        return word.lstrip(".{").rstrip("}").lower()

    @property
    def include(self) -> str | None:
        """The snippet this block only includes, if its body is one include line."""
        match = INCLUDE_LINE.fullmatch(self.body.strip("\n"))
        return match["path"] if match else None


def code_blocks(markdown: str) -> Iterator[CodeBlock]:
    """Every fenced code block (``` or ~~~, at any indentation), as CommonMark and superfences find them."""
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        opening = _OPENING.match(lines[i])
        if not opening or (opening["fence"][0] == "`" and "`" in opening["info"]):
            i += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = next((j for j in range(i + 1, len(lines)) if closing.match(lines[j])), len(lines))
        body = "\n".join(line.removeprefix(indent) for line in lines[i + 1:end])
        yield CodeBlock(i + 1, end + 1, indent, fence, opening["info"], body)
        i = end + 1


def without_code(markdown: str) -> str:
    """The Markdown with every code block's lines blanked (line numbers stay as they were)."""
    lines = markdown.splitlines()
    for block in code_blocks(markdown):
        for j in range(block.line - 1, min(block.end, len(lines))):
            lines[j] = ""
    return "\n".join(lines)


# --- Bengali text -----------------------------------------------------------------------------------------------

BENGALI_BLOCK = "\u0980-\u09ff"  # the Unicode block; the danda । ॥ (U+0964/5) lie outside it
JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ: part of Bengali words (র‍্যাব, উদ্‌বেগ)
BENGALI = re.compile(f"[{BENGALI_BLOCK}]")
BENGALI_RUN = re.compile(f"[{BENGALI_BLOCK}{JOINERS}]+")  # what the font must draw
BENGALI_WORD = re.compile(f"[\u0980-\u09f6\u09f8-\u09ff{JOINERS}]+")  # what search finds: ৷ (U+09F7) is a danda
