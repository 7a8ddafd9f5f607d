"""Code notes without JavaScript: a snippet's `# (1)!` markers become numbered links to the list under its code.

Pages explain a snippet's lines in their own language with a numbered list right after the code block, and the
snippet marks the lines with `# (1)!`, `# (2)!` … (the authoring style of Material's code annotations). Material's
own annotations turn the list into tooltips in the browser, but mounting them forces a layout per marker: on a
long page about 0.5 s of blocked main thread on a phone (Lighthouse "total blocking time"), for content that is
already on the page. So the build does it statically: each marker becomes a small numbered link to its list
item (which keeps the explanation visible under the code), and Material's copy button leaves the markers out
(reader.css hides `.code-note` while copying).
"""

from __future__ import annotations

import re

from machinery.syntax import RENDERED_NOTE_MARKER as MARKER

# A code block and the numbered list right after it; the block may not run on into a later code block.
BLOCK_AND_LIST = re.compile(
    r'(?P<code><div class="language-[^"]*highlight">(?:(?!</code></pre></div>).)*</code></pre></div>)'
    r"(?P<gap>\s*)<ol>(?P<items>.*?)</ol>",
    re.S,
)
ITEM = re.compile(r"<li>")


def on_page_content(html: str, page, config, files) -> str:
    block = 0

    def link_notes(match: re.Match) -> str:
        nonlocal block
        if not MARKER.search(match["code"]):
            return match.group(0)
        block += 1
        code = MARKER.sub(
            lambda m: f'<a class="code-note" href="#note-{block}-{m["n"]}">{m["space"]}<span>{m["n"]}</span></a>',
            match["code"],
        )
        numbers = iter(range(1, 1000))
        items = ITEM.sub(lambda _: f'<li id="note-{block}-{next(numbers)}">', match["items"])
        return f'{code}{match["gap"]}<ol class="code-notes">{items}</ol>'

    return BLOCK_AND_LIST.sub(link_notes, html)
