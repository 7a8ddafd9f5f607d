"""Leave plain names, whitespace and punctuation in code as text, not one <span> each.

Pygments wraps every name (`class="n"`), run of whitespace (`class="w"`) and punctuation mark (`class="p"`: the
brackets, commas and colons) in a span of its own. Material draws names in the plain code colour
(`--md-code-hl-name-color` is `--md-code-fg-color`) and whitespace shows no colour at all; punctuation now takes
the plain code colour too, as in most editors' themes. Together they were about half of the elements of a page
with several programs. Fewer elements are less style and layout work when a page starts (on a phone, less
main-thread blocking). Copy and search read text, not spans, so they are unchanged.
"""

import re

PLAIN_TOKEN = re.compile(r'<span class="[nwp]">([^<]*)</span>')


def on_page_content(html: str, page, config, files) -> str:
    return PLAIN_TOKEN.sub(r"\1", html)
