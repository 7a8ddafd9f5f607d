"""Every page, in every language, as a reader opens it with an empty cache (the default language first, the others
through its language menu: tests/browser/helpers.py `visit`): no request to another host and nothing wrong
in the console, no serious accessibility problem (axe-core, light and dark palette), the page's language,
description and alternates, the self-hosted Bengali font (or none on English pages) and monospace code."""

from __future__ import annotations

import base64
import re
import subprocess

import pytest

from machinery.browser import Tab, launch
from machinery.fonts import FONTS
from machinery.layout import (
    DOCS,
    built_page,
    default_language,
    languages,
    page_names,
    page_path,
    page_url,
    rel,
    site_path,
)
from machinery.runtime import PAGE_SCRIPTS, SERVED
from machinery.serve import FIRST_VIEW_KB
from machinery.syntax import BENGALI, BENGALI_BLOCK
from tests.browser.helpers import PAGE_IDS, PAGES, axe_violations, bengali_fonts, browser_work, js, where


@pytest.mark.parametrize(("lang", "name"), PAGES, ids=PAGE_IDS)
def test_page_makes_no_request_elsewhere_and_no_error(visits, lang, name):
    view = visits[lang, name].result().view
    assert not view.elsewhere, (
        f"{where(lang, name)} asked other hosts for {view.elsewhere}. The site must make no third-party request "
        "(no Google Fonts, CDN or api.github.com): serve the file from docs/assets/ or drop it."
    )
    assert not view.problems, f"{where(lang, name)} logged problems in the browser:\n" + "\n".join(view.problems)


@pytest.mark.parametrize(("lang", "name"), PAGES, ids=PAGE_IDS)
def test_a_first_view_loads_no_python(visits, lang, name):
    """The Run button downloads nothing before the reader agrees (only run.js, which draws the buttons, loads)."""
    view = visits[lang, name].result().view
    early = [url for url in view.requests if SERVED in url
             or any(url.endswith(PAGE_SCRIPTS + later) for later in ("runner.js", "worker.js", "config.js"))]
    assert not early, f"a first view of {where(lang, name)} loads {early} before any click on Run"


@pytest.mark.parametrize(("lang", "name"), PAGES, ids=PAGE_IDS)
def test_first_view_within_budget(browser, visits, lang, name):
    """What a first view of the page transfers (HTML, CSS, JS, fonts, gzipped as sent) is within FIRST_VIEW_KB."""
    view = visits[lang, name].result().view
    sizes = browser.server.transfer(view.requests)
    total = sum(sizes.values())
    assert total <= FIRST_VIEW_KB * 1024, (
        f"a first view of {where(lang, name)} transfers {total / 1024:.1f} KB gzipped, over {FIRST_VIEW_KB} KB: "
        + ", ".join(f"{kind} {size / 1024:.1f} KB" for kind, size in sorted(sizes.items()))
        + ". Shorten or split the page, or make the site's CSS, JS or font smaller (./dev bench-site shows all)."
    )


def describe(violations: list[dict]) -> list[str]:
    return [f"{x['id']} ({x['impact']}): {x['help']} — e.g. {x['nodes'][0]['target']}: "
            f"{x['nodes'][0].get('failureSummary', '').splitlines()[-1].strip()}" for x in violations]


@pytest.mark.parametrize(("lang", "name"), PAGES, ids=PAGE_IDS)
def test_axe_finds_no_serious_violation(visits, lang, name):
    found = describe(visits[lang, name].result().violations)
    assert not found, (
        f"axe-core finds serious/critical accessibility problems on {where(lang, name)}:\n" + "\n".join(found)
        + "\nFix the Markdown, or the site's CSS/templates (docs/assets/stylesheets/reader.css, overrides/)."
    )


def most_code() -> str:
    lang = default_language()
    return max(page_names(), key=lambda n: page_path(n, lang).read_text(encoding="utf-8").count("```"))


async def axe_in_the_dark(browser, site):
    async with browser.tabs.tab() as tab:
        await tab.page.emulate_media(color_scheme="dark")
        await tab.first_view(page_url(browser.url, most_code(), default_language()))
        return await axe_violations(tab.page)


@browser_work(axe_in_the_dark)
def test_dark_palette_passes_axe_too(work):
    """The dark palette, on the default-language page with the most code (code colours are the usual contrast
    failures; both languages share the palette)."""
    lang, name = default_language(), most_code()
    found = describe(work)
    assert not found, f"axe-core, dark palette, {where(lang, name)}:\n" + "\n".join(found)


@pytest.mark.parametrize(("lang", "name"), PAGES, ids=PAGE_IDS)
def test_language_description_and_hreflang(visits, lang, name):
    f = visits[lang, name].result().facts
    assert f["lang"] == lang, f"{where(lang, name)} has <html lang={f['lang']!r}>, not {lang!r}."
    description = f["description"] or ""
    assert description.strip(), f"{where(lang, name)} has no meta description: add `description:` front matter."
    assert bool(BENGALI.search(description)) == (lang == "bn"), (
        f"{where(lang, name)}: its meta description is not in {lang}: {description!r}. Write the page's "
        "`description:` front matter in the page's own language."
    )
    canonical = f["canonical"]
    site_url = canonical[: canonical.index(site_path()) + len(site_path())]
    expected = {other: page_url(site_url, name, other) for other in languages()}
    expected["x-default"] = expected[default_language()]
    assert f["hreflang"] == expected, (
        f"{where(lang, name)} has hreflang alternates {f['hreflang']}, expected {expected} (absolute URLs of the "
        "same page in every language; see hooks/hreflang_absolute.py)."
    )
    labels = [label for pair in f["palette"] for label in pair if label]
    assert labels, f"{where(lang, name)}: the light/dark palette toggle has no label."
    wrong = [label for label in labels if bool(BENGALI.search(label)) != (lang == "bn")]
    assert not wrong, (
        f"{where(lang, name)}: palette toggle labels {wrong} are not in {lang}. Translate theme.palette toggle "
        "names for each language in mkdocs.yml."
    )


def shows_bengali(site, lang: str, name: str) -> bool:
    """Whether the page's content (its <article>) has Bengali text."""
    html = built_page(site, name, lang).read_text(encoding="utf-8")
    article = re.search(r"<article.*?</article>", html, re.S)
    return bool(article and BENGALI.search(re.sub(r"<[^>]+>", " ", article[0])))


def fonts_fetched(browser, view) -> list[str]:
    return [url for url in view.requests if browser.server.describe(url).kind == "fonts"]


@pytest.mark.parametrize(("lang", "name"), PAGES, ids=PAGE_IDS)
def test_bengali_font_and_monospace_code(browser, visits, site, lang, name):
    v = visits[lang, name].result()
    if lang == "bn":
        used = {f["familyName"]: f for f in v.fonts}
        noto = used.get("Noto Sans Bengali")
        assert v.facts["bengali_probe"] and noto and noto["isCustomFont"], (
            f"{where(lang, name)}: Bengali text is rendered with {list(used) or 'no font'}, not the site's Noto "
            "Sans Bengali (on a machine without Bengali fonts). Check the @font-face in "
            "docs/assets/stylesheets/reader.css and the font file in docs/assets/fonts/."
        )
    elif shows_bengali(site, lang, name):  # the glossary names each concept's Bengali term
        assert fonts_fetched(browser, v.view), (
            f"{where(lang, name)} shows Bengali text in its content, but did not fetch the site's Bengali font.")
    else:
        fetched = fonts_fetched(browser, v.view)
        assert not fetched, (
            f"{where(lang, name)}: an English page fetched {fetched}. Nothing on it should need the Bengali "
            "font (is Bengali text visible on the page?)."
        )
    if v.facts["monospace"] is not None:
        assert v.facts["monospace"], f"{where(lang, name)}: code is not set in a monospace font."


def full_font():
    return next((DOCS / FONTS).glob("noto-sans-bengali-*.woff2"))


async def draw_dandas(browser, site):
    arguments = {"characters": ["।", "॥"], "full": base64.b64encode(full_font().read_bytes()).decode()}
    async with browser.tabs.tab() as tab:
        await tab.first_view(page_url(browser.url, "index", default_language()))
        return await tab.page.evaluate(js("glyph_boxes.js"), arguments)


@browser_work(draw_dandas)
def test_danda_is_drawn_by_the_site_font(work):
    """। and ॥ end Bengali sentences. They lie outside the Bengali block, but the stylesheet sends them to the
    site's font, so the subset must carry them: on a machine without Bengali fonts nothing else draws them. On the
    start page they are drawn with the site's font as the full font draws them (same advance and ink)."""
    lang, source, boxes = default_language(), full_font(), work
    wrong = {c: box for c, box in boxes.items() if box["site"] != box["full"] or not box["full"][1]}
    assert not wrong, (
        f"on {where(lang, 'index')} the site's font draws {wrong} (advance, ink width, ink height) unlike "
        f"{rel(source)}: the subset lacks them. machinery/fonts.py keeps every character of the site that "
        "the stylesheet's unicode-range sends to the font."
    )


def test_installed_bengali_font_is_preferred(browser, tmp_path):
    """A reader who has Noto Sans Bengali installed gets it from their machine: no font download."""
    probe = subprocess.run(["fc-list", ":family=Noto Sans Bengali"], capture_output=True, text=True)
    if not probe.stdout.strip():
        pytest.skip("Noto Sans Bengali is not installed here (Debian: fonts-noto-core); nothing to prefer.")

    async def with_installed_fonts():
        chromium = await launch(browser.playwright, tmp_path, bengali_fonts=True)
        try:
            tab = await Tab.open(chromium, browser.url)
            view = await tab.first_view(page_url(browser.url, "index", default_language()))
            await tab.page.evaluate(js("facts.js"), BENGALI_BLOCK)
            return view, await bengali_fonts(tab)
        finally:
            await chromium.close()

    view, fonts = browser.run(with_installed_fonts())
    fetched = fonts_fetched(browser, view)
    used = {f["familyName"]: f for f in fonts}
    assert not fetched and "Noto Sans Bengali" in used and not used["Noto Sans Bengali"]["isCustomFont"], (
        f"with Noto Sans Bengali installed, the page fetched {fetched} and rendered Bengali with {used}. "
        "The @font-face src must list local() before url()."
    )
