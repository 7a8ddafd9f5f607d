"""The built site: every page in every language, and every internal link and anchor resolves."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from harness import LANGUAGES, page_names, page_path, rel, site_path

SITE_PATH = site_path()  # root-relative links (404.html uses them) start with it, e.g. /guide/


def built_page(site: Path, name: str, lang: str) -> Path:
    prefix = site if lang == LANGUAGES[0] else site / lang
    return prefix / ("index.html" if name == "index" else f"{name}/index.html")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.lang = set(), [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        for key in ("id", "name"):
            if attrs.get(key) and tag != "meta":
                self.ids.add(attrs[key])
        for key in ("href", "src"):
            if attrs.get(key) is not None and tag in ("a", "link", "script", "img", "source"):
                self.links.append(attrs[key])


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", page_names())
def test_every_page_is_built_in_every_language(site, name, lang):
    out = built_page(site, name, lang)
    assert out.is_file(), f"{rel(page_path(name, lang))} was not built to {out.relative_to(site)}: is it in nav?"
    assert parse(out).lang == lang, f"{out.relative_to(site)} says <html lang={parse(out).lang!r}>, not {lang!r}."


def test_internal_links_and_anchors_resolve(site):
    parsed = {path: parse(path) for path in site.rglob("*.html")}
    broken = []
    for page, links in parsed.items():
        for link in links.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:", "data:")):
                continue
            target_url, fragment = urldefrag(link)
            if target_url.startswith("/"):
                if not target_url.startswith(SITE_PATH):
                    broken.append(f"{page.relative_to(site)} -> {link} (outside the site's path {SITE_PATH})")
                    continue
                target = site / unquote(target_url.removeprefix(SITE_PATH))
            else:
                target = (page.parent / unquote(target_url)).resolve() if target_url else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {link} (no such file)")
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{page.relative_to(site)} -> {link} (no element with id {fragment!r})")
    assert not broken, "dead internal links (fix the link in the page's Markdown source):\n" + "\n".join(broken)


def test_every_code_note_has_its_explanation(site):
    """hooks/code_notes.py links each `# (n)!` to item n of the list under the code; a marker left as it was
    means the code block has no numbered list right after it (a dead `#note-…` link is caught above)."""
    left = [f"{path.relative_to(site)}: {m}" for path in site.rglob("*.html")
            for m in re.findall(r"#\s*\(\d+\)!", path.read_text(encoding="utf-8"))]
    assert not left, (
        "code note markers without an explanation list right after their code block (add the numbered list "
        "in the page's language):\n" + "\n".join(left)
    )
