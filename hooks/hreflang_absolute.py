"""Make every page's hreflang alternates absolute URLs, and add an x-default one.

Material writes `<link rel="alternate" hreflang="…">` from mkdocs-static-i18n's per-page alternates as relative
URLs (`../en/page/`), but search engines and Lighthouse only accept fully qualified ones. The page's canonical
URL (from `site_url`) resolves them; x-default points at the default language's version.
(Material's language-selector script would fetch `<alternate>/sitemap.xml` for each of them: overrides/main.html
keeps it from doing so.)
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from machinery.layout import default_language

ALTERNATE = re.compile(r'<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]+)">')


def on_post_page(output: str, page, config) -> str:
    if not page.canonical_url:
        return output
    default = default_language()
    found: dict[str, str] = {}

    def absolute(m: re.Match) -> str:
        found[m["lang"]] = href = urljoin(page.canonical_url, m["href"])
        return f'<link rel="alternate" href="{href}" hreflang="{m["lang"]}">'

    output = ALTERNATE.sub(absolute, output)
    if default in found:
        last = list(ALTERNATE.finditer(output))[-1]
        output = (
            output[: last.end()]
            + f'\n<link rel="alternate" href="{found[default]}" hreflang="x-default">'
            + output[last.end():]
        )
    return output
