"""Material's icons, drawn from one sprite file instead of inline in every page.

Material writes each icon (menu, search, language, repository, edit, arrows, …) into every page as an inline
`<svg>`: 16 of them, 1.7 KB of each page's gzipped HTML, the same bytes on every page. hooks/icon_sprite.py moves
each distinct icon into SPRITE as a `<symbol>` and leaves `<svg viewBox=…><use href=…#id/></svg>` in its place:
the page draws the same shape (the symbol inherits `fill: currentcolor` and the size from Material's CSS) and the
sprite is fetched once per visit. 404 pages keep their icons inline: they answer any address, so a relative link
would not find the sprite. tests/test_site.py checks that every `<use>` finds its symbol.
"""

from __future__ import annotations

import hashlib
import re

SPRITE = "assets/images/icons.svg"  # in the built site
# An icon as Material inlines it (the outer element carries nothing else; anything else is left alone).
INLINE_ICON = re.compile(r'<svg xmlns="http://www\.w3\.org/2000/svg" viewBox="(?P<box>[^"]+)">(?P<body>.*?)</svg>',
                         re.S)
USE = re.compile(r'<use href="(?P<href>[^"#]*)#(?P<id>[^"]+)"')


def symbol_id(box: str, body: str) -> str:
    return "i" + hashlib.sha1(f"{box}|{body}".encode()).hexdigest()[:10]


def use_sprite(html: str, sprite_href: str, symbols: dict[str, str]) -> str:
    """`html` with each inline icon replaced by a reference to `sprite_href`; adds the icons to `symbols`."""

    def replace(m: re.Match) -> str:
        ident = symbol_id(m["box"], m["body"])
        symbols[ident] = f'<symbol id="{ident}" viewBox="{m["box"]}">{m["body"]}</symbol>'
        return f'<svg viewBox="{m["box"]}"><use href="{sprite_href}#{ident}"/></svg>'

    return INLINE_ICON.sub(replace, html)


def sprite(symbols: dict[str, str]) -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg">' + "".join(symbols[k] for k in sorted(symbols)) + "</svg>\n")


def symbol_ids(sprite_text: str) -> set[str]:
    return set(re.findall(r'<symbol id="([^"]+)"', sprite_text))
