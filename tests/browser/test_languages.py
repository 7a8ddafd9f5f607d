"""Languages: the switcher keeps page and section (from every page of every language, and after scrolling), and
a missing page answers in the reader's language (404 per language; the root 404 sends other languages on);
the site also works served from another address."""

from __future__ import annotations

import pytest

from machinery.layout import default_language, other_languages, page_names, page_path, page_url
from machinery.serve import serve
from tests.browser.helpers import PAGE_IDS, PAGES, browser_work, next_language, switch_language, type_query, where


@pytest.mark.parametrize(("lang", "name"), PAGES, ids=PAGE_IDS)
def test_language_switch_keeps_page_and_section(visits, lang, name):
    """At the page's last section, choosing the next language in the menu opens the same page at that section."""
    problems = visits[lang, name].result().switched
    assert not problems, f"language switcher on {where(lang, name)}:\n" + "\n".join(problems)


TRACKING_PAUSE_MS = 250  # Material's navigation.tracking: debounceTime(250) after the last scroll


def most_sections() -> str:
    lang = default_language()
    return max(page_names(), key=lambda n: page_path(n, lang).read_text(encoding="utf-8").count("\n## "))


async def scroll_and_switch(browser, site):
    lang, name = default_language(), most_sections()
    async with browser.tabs.tab() as tab:
        page = tab.page
        await tab.first_view(page_url(browser.url, name, lang))
        sections = await page.eval_on_selector_all(".md-content h2[id]", "hs => hs.map(h => h.id)")
        if len(sections) < 2:
            return None
        await page.eval_on_selector(f"[id='{sections[-1]}']", "h => h.scrollIntoView()")
        # navigation.tracking writes the section into the address once scrolling has paused for 250 ms: nudge
        # the page by a pixel, less often than that, until it has (a condition, whatever the machine's speed)
        await page.wait_for_function(
            "() => location.hash.length > 1 || (window.scrollBy(0, window.nudge = -(window.nudge || -1)), false)",
            polling=TRACKING_PAUSE_MS * 2)
        section = await page.evaluate("location.hash")
        return await switch_language(browser, page, name, next_language(lang), section)


@browser_work(scroll_and_switch)
def test_language_switch_keeps_the_section_scrolled_to(work):
    """A reader who scrolled (no link clicked) keeps the section too: Material writes it into the address."""
    lang, name = default_language(), most_sections()
    problems = work
    if problems is None:
        pytest.skip(f"{where(lang, name)} has fewer than two sections")
    assert not problems, f"language switcher after scrolling {where(lang, name)}:\n" + "\n".join(problems)


NOT_FOUND_TITLE = {"bn": "পাতাটি পাওয়া যায়নি", "en": "Page not found"}
HEADING = "[document.documentElement.lang, document.querySelector('h1').textContent.trim()]"


async def open_missing_page(browser, site, lang):
    async with browser.tabs.tab() as tab:
        response = await tab.page.goto(page_url(browser.url, "no-such-page", lang))
        return response.status, await tab.page.evaluate(HEADING)


@pytest.mark.parametrize("lang", [default_language(), *other_languages()])
@browser_work(open_missing_page)
def test_not_found_page_is_in_the_reader_language(work, lang):
    status, got = work
    assert status == 404
    assert got == [lang, NOT_FOUND_TITLE[lang]], (
        f"a missing page under the {lang} part of the site shows a 404 page with lang/title {got}. "
        "See hooks/not_found_per_language.py and overrides/404.html."
    )


async def open_gone_page(browser, site, lang):
    root_404 = (site / "404.html").read_bytes()
    async with browser.tabs.tab() as tab:
        await tab.page.route(f"**/{lang}/gone-page/", lambda r: r.fulfill(status=404, body=root_404,
                                                                        content_type="text/html"))
        try:
            await tab.page.goto(page_url(browser.url, "gone-page", lang))
            await tab.page.wait_for_url(f"**/{lang}/404.html")
            return await tab.page.evaluate(HEADING)
        finally:
            await tab.page.unroute(f"**/{lang}/gone-page/")


@pytest.mark.parametrize("lang", other_languages())
@browser_work(open_gone_page)
def test_root_not_found_page_sends_other_languages_on(work, lang):
    """GitHub Pages serves only the root 404.html, for every missing address: under /<lang>/ it must go on."""
    got = work
    assert got == [lang, NOT_FOUND_TITLE[lang]], f"root 404 under /{lang}/ ended as {got}"


async def use_from_root(browser, site):
    problems: list[str] = []
    with serve(site, prefix="/") as elsewhere:
        context = await browser.chromium.new_context(service_workers="block")
        page = await context.new_page()
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
        try:
            await page.goto(elsewhere.url)
            target = next_language(default_language())
            await page.focus(".md-select button")
            async with page.expect_navigation():
                await page.click(f".md-select__link[hreflang={target}]")
            if page.url != page_url(elsewhere.url, "index", target):
                problems.append(f"the language switch on the start page went to {page.url}")
            if not await type_query(page, "session"):
                problems.append("searching 'session' found nothing")
        finally:
            await context.close()
    return problems


@browser_work(use_from_root)
def test_site_works_from_another_address(work):
    """Served at "/" instead of the site_url's path: pages, language switch and search still work."""
    problems = work
    assert not problems, "served at /:\n" + "\n".join(problems)
