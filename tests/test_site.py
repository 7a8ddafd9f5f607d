"""The built site: it builds without a warning, every page exists in every language, every internal link and
anchor resolves, every code note is linked to its explanation, the sitemap lists every page with its
alternates, and pages link relatively."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from machinery.icons import INLINE_ICON, SPRITE, USE, symbol_ids
from machinery.layout import (
    built_page,
    languages,
    nav_translations,
    other_languages,
    page_names,
    page_path,
    page_url,
    rel,
    site_pages,
    site_path,
    source_of_built,
)
from machinery.serve import HTML_ROUND_TRIP_KB, gzipped
from machinery.syntax import BENGALI, NOTE_MARKER, includes
from machinery.verified import CSS_CLASS, HOW_TO_RUN, covered, databases, page_snippets, versions

SITE_PATH = site_path()  # root-relative links (404.html uses them) start with it, e.g. /guide/


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.lang, self.nav = set(), [], None, []
        self._in_nav = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "nav" and "md-nav--primary" in (attrs.get("class") or ""):
            self._in_nav = 1
        elif self._in_nav and tag == "nav":
            self._in_nav += 1
        for key in ("id", "name"):
            if attrs.get(key) and tag != "meta":
                self.ids.add(attrs[key])
        for key in ("href", "src"):
            if attrs.get(key) is not None and tag in ("a", "link", "script", "img", "source"):
                self.links.append(attrs[key])

    def handle_endtag(self, tag):
        if self._in_nav and tag == "nav":
            self._in_nav -= 1

    def handle_data(self, data):
        if self._in_nav and data.strip():
            self.nav.append(data.strip())


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def named(site: Path, built: Path) -> str:
    """A built file as its author knows it: the Markdown source it comes from, or its place in the site."""
    source = source_of_built(site, built)
    return f"{rel(source)} (built to {built.relative_to(site)})" if source else str(built.relative_to(site))


def test_the_site_builds_cleanly(build):
    """`mkdocs build` without a warning (the other tests check what was built, and name what is wrong)."""
    assert build.built and not build.warnings, (
        f"`mkdocs build` {'failed' if not build.built else 'warned'}; fix what each line names, then check with "
        "`./dev build` (strict):\n" + ("\n".join(build.warnings) or build.log[-5000:])
    )


@pytest.mark.parametrize(("lang", "name"), site_pages(), ids=[f"{lang}:{name}" for lang, name in site_pages()])
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
                    broken.append(f"{named(site, page)} -> {link} (outside the site's path {SITE_PATH})")
                    continue
                target = site / unquote(target_url.removeprefix(SITE_PATH))
            else:
                target = (page.parent / unquote(target_url)).resolve() if target_url else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{named(site, page)} -> {link} (no such page)")
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{named(site, page)} -> {link} (no heading or element with id {fragment!r})")
    assert not broken, "dead internal links (fix the link in the page's Markdown source):\n" + "\n".join(broken)


def test_every_code_note_has_its_explanation(site):
    """hooks/code_notes.py links each `# (n)!` to item n of the list under the code; a marker left as it was
    means the code block has no numbered list right after it (a dead `#note-…` link is caught above)."""
    left = [f"{named(site, path)}: {m}" for path in site.rglob("*.html")
            for m in {m.group(0) for m in NOTE_MARKER.finditer(path.read_text(encoding="utf-8"))}]
    assert not left, (
        "code-note markers without an explanation list right after their code block (add the numbered list "
        "in the page's language):\n" + "\n".join(left)
    )


@pytest.mark.parametrize("lang", other_languages())
def test_navigation_is_in_the_page_language(site, lang):
    """A nav label without its nav_translations entry shows the default language's label on this language's site."""
    untranslated = {}
    for name in page_names():
        for label in parse(built_page(site, name, lang)).nav:
            if BENGALI.search(label):
                untranslated.setdefault(label, name)
    assert not untranslated, (
        f"the {lang} site's navigation shows {sorted(untranslated)}: add each label to `nav_translations` of "
        f"the {lang} language in mkdocs.yml (now: {len(nav_translations(lang))} entries)."
    )


def test_sitemap_lists_every_page_with_its_alternates(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = ET.parse(site / "sitemap.xml")
    entries = {
        u.findtext("s:loc", namespaces=ns): {a.get("hreflang"): a.get("href") for a in u.findall("x:link", ns)}
        for u in tree.getroot().findall("s:url", ns)
    }
    site_url = next(iter(entries))
    site_url = site_url[: site_url.index(SITE_PATH) + len(SITE_PATH)]
    missing = []
    for lang, name in site_pages():
        url = page_url(site_url, name, lang)
        want = {other: page_url(site_url, name, other) for other in languages()}
        if entries.get(url) != want:
            missing.append(f"{rel(page_path(name, lang))}: sitemap has {entries.get(url)}, expected {want}")
    assert not missing, "sitemap.xml is missing pages or their alternates:\n" + "\n".join(missing)


def test_pages_link_relatively(site):
    """No page links to a root-absolute path, so the site works from any address (a static server at "/",
    a folder), not only under its site_url. (404 pages must use absolute paths: they answer any address.)"""
    found = []
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue
        for m in re.finditer(r'\b(?:href|src)="(/[^/"][^"]*)"', page.read_text(encoding="utf-8")):
            found.append(f"{named(site, page)}: {m[1]}")
    assert not found, "root-absolute links (write them relative):\n" + "\n".join(found[:20])


@pytest.mark.parametrize(("lang", "name"), site_pages(), ids=[f"{lang}:{name}" for lang, name in site_pages()])
def test_page_html_fits_one_round_trip(site, lang, name):
    """Each page's HTML, gzipped as a host sends it, is at most HTML_ROUND_TRIP_KB: a longer page costs a phone
    one more round trip before its first paint."""
    size = len(gzipped(built_page(site, name, lang).read_bytes()))
    assert size <= HTML_ROUND_TRIP_KB * 1024, (
        f"{rel(page_path(name, lang))} builds to {size / 1024:.1f} KB of gzipped HTML, over {HTML_ROUND_TRIP_KB} KB "
        "(one more round trip before a phone's first paint): split the page in two, or say less."
    )


@pytest.mark.parametrize(("lang", "name"), site_pages(), ids=[f"{lang}:{name}" for lang, name in site_pages()])
def test_page_says_what_its_examples_were_verified_on(site, lang, name):
    """A page with examples ends by saying, in its language, on which SQLAlchemy versions and databases the build
    ran them (from the pins and the matrix: machinery/verified.py), with a link to how to run them."""
    html = built_page(site, name, lang).read_text(encoding="utf-8")
    found = re.findall(rf'<p class="{CSS_CLASS}">(.*?)</p>', html)
    if not includes(page_path(name, lang).read_text(encoding="utf-8")):
        assert not found, f"{rel(page_path(name, lang))} has no examples, but says what they were verified on"
        return
    assert len(found) == 1, (
        f"{rel(page_path(name, lang))} has examples, but its built page has {len(found)} '{CSS_CLASS}' paragraphs "
        "instead of one: is hooks/verified_on.py in mkdocs.yml?")
    on_versions, on_databases = covered(page_snippets(page_path(name, lang).read_text(encoding="utf-8")))
    missing = [item for item in (*on_versions, *on_databases, HOW_TO_RUN) if item not in found[0]]
    assert not missing, f"{rel(page_path(name, lang))}: the verified-on sentence lacks {missing}: {found[0]}"
    claimed = [item for item in (*versions(), *databases()) if item not in (*on_versions, *on_databases)
               and item in found[0]]
    assert not claimed, (f"{rel(page_path(name, lang))}: the verified-on sentence claims {claimed}, which a leg "
                         f"that cannot apply (machinery/matrix.py CANNOT_APPLY) did not run: {found[0]}")


def test_icons_come_from_the_sprite(site):
    """Pages draw Material's icons from one sprite (machinery/icons.py): every `<use>` finds its symbol there, and
    no page but a 404 page still carries an icon inline (1.7 KB of every page's gzipped HTML)."""
    symbols = symbol_ids((site / SPRITE).read_text(encoding="utf-8"))
    problems = []
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if page.name != "404.html" and INLINE_ICON.search(html):
            problems.append(f"{named(site, page)}: an inline icon is left: is hooks/icon_sprite.py in mkdocs.yml?")
        for use in USE.finditer(html):
            target = (page.parent / use["href"]).resolve()
            if target != (site / SPRITE).resolve() or use["id"] not in symbols:
                problems.append(f"{named(site, page)}: <use href={use['href']}#{use['id']}> finds no symbol")
    assert not problems, "\n".join(problems[:20])
