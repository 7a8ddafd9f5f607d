"""The site ships Material's stylesheet without the rules it cannot use (hooks/purge_theme_css.py): no dropped
rule may apply to any element a reader can meet. A dropped rule needs a class that no page and no script of the
site contains, so no element a page is built with can match it: what could is an element or class that Material's
scripts make in a way machinery/theme_css.py does not read. The scripts are the same on every page, so the page
that uses the most classes, in each language, shows them all: on it, no dropped selector (in any state: without
its pseudo-elements, state pseudo-classes and `:not()`) matches an element as the page loads (light, desktop),
with search results shown (dark, desktop) and with the navigation drawer open (phone), where Material's scripts
have added their own elements and classes."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from machinery.layout import built_page, languages, page_names, page_url
from machinery.theme_css import THEME_CSS, dropped_selectors, page_classes, site_words, stateless, whole_theme_css
from tests.browser.helpers import browser_work, js, type_query, where

DESKTOP, PHONE = {"width": 1280, "height": 800}, {"width": 375, "height": 740}
QUERY = {"bn": "সেশন", "en": "session"}  # a word on every page: many results, each kind of result markup


def richest_page(site: Path, lang: str) -> str:
    """The page whose HTML uses the most distinct classes (content tabs, notes, tables, code...)."""
    def classes(name: str) -> int:
        return len(page_classes(built_page(site, name, lang).read_text(encoding="utf-8")))

    return max(page_names(), key=classes)


@cache
def dropped(site: Path) -> list[str]:
    """The dropped rules' selectors, without their states (one computation for the work and its test)."""
    built = next(site.glob(THEME_CSS))
    return sorted({stateless(s) for s in dropped_selectors(whole_theme_css(built).read_text(encoding="utf-8"),
                                                            site_words(site))})


async def look_for_dropped(browser, site, lang) -> dict[str, dict]:
    """On the richest page: what the dropped selectors match as loaded, with search results, in the drawer."""
    selectors, name = dropped(site), richest_page(site, lang)
    url, found = page_url(browser.url, name, lang), {}
    async with browser.tabs.tab() as tab:
        page = tab.page
        try:
            await page.set_viewport_size(DESKTOP)
            await tab.first_view(url)
            found["as loaded (light, desktop)"] = await page.evaluate(js("dropped_matches.js"), selectors)
            await page.emulate_media(color_scheme="dark")
            await tab.first_view(url)
            await type_query(page, QUERY[lang])
            found["search results (dark, desktop)"] = await page.evaluate(js("dropped_matches.js"), selectors)
            await page.emulate_media(color_scheme="light")
            await page.set_viewport_size(PHONE)
            await tab.first_view(url)
            await page.locator("label.md-header__button[for=__drawer]").click()
            await page.wait_for_function("document.getElementById('__drawer').checked")
            found["navigation drawer (phone)"] = await page.evaluate(js("dropped_matches.js"), selectors)
        finally:
            await page.set_viewport_size(DESKTOP)
    return found


@pytest.mark.parametrize("lang", languages())
@browser_work(look_for_dropped)
def test_no_dropped_theme_rule_applies_to_an_element(work, site, lang):
    assert dropped(site), f"{next(site.glob(THEME_CSS))}: the purge drops no rule (tests/test_theme_css.py says why)"

    problems, name = [], richest_page(site, lang)
    for state, result in work.items():
        assert not result["invalid"], (
            f"Chromium cannot parse these dropped selectors, so they were not checked: {result['invalid'][:5]}; "
            "teach machinery/theme_css.py `stateless` their pseudo-classes")
        assert result["elements"] > 100, f"{where(lang, name)}, {state}: only {result['elements']} elements"
        problems += [f"{where(lang, name)}, {state}: {m['selector']} matches {m['element']}"
                     for m in result["matches"]]
    assert not problems, (
        "rules that hooks/purge_theme_css.py drops apply to these elements (machinery/theme_css.py judged a class "
        "they need unused: is it built by a script in a way `SiteWords` does not read?):\n" + "\n".join(problems[:20])
    )
