"""What the browser tests share: the browser and the served site (`Browser`), and one visit per page (`visit`),
whose findings the per-page tests read."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.async_api import TimeoutError as PlaywrightTimeout

from machinery.browser import VIEW_TIMEOUT_MS, LoopThread, PageView, Tabs, script
from machinery.layout import languages, page_path, page_url, rel, site_pages, site_path
from machinery.serve import Server
from machinery.syntax import BENGALI_BLOCK

JS = Path(__file__).parent / "js"
PAGES = site_pages()
PAGE_IDS = [f"{lang}:{name}" for lang, name in PAGES]


def where(lang: str, name: str) -> str:
    return f"{rel(page_path(name, lang))} (served at {page_url(site_path(), name, lang)})"


def js(name: str) -> str:
    return script(name, JS)


@dataclass
class Browser:
    """One Chromium and the served site, driven from a loop thread: `run(coroutine)` waits for a result,
    `submit(coroutine)` returns a Future. `visit_tabs` are the few pages that visit every page of the site, in
    the background; `tabs` is what the tests' own browser work drives, beside them."""

    loop: LoopThread
    chromium: object
    visit_tabs: Tabs
    tabs: Tabs
    server: Server
    playwright: object
    clipboard: asyncio.Lock = field(default_factory=asyncio.Lock)  # one clipboard for the whole browser
    visits: dict = field(default_factory=dict)  # (lang, name) -> Future of its Visit
    work: dict = field(default_factory=dict)  # test id -> Future of its declared browser work

    @property
    def url(self) -> str:
        return self.server.url

    def run(self, coroutine):
        return self.loop.run(coroutine)

    def submit(self, coroutine):
        return self.loop.submit(coroutine)


def browser_work(coroutine):
    """`@browser_work(coroutine)` on a test: `coroutine(browser, site, **the test's parameters)` starts with the
    browser, beside everything else, and the test reads what it returned from the `work` fixture (conftest.py).
    (A mark given a lone function would take it for the test it marks, hence `with_args`.)"""
    return pytest.mark.browser_work.with_args(coroutine)


# --- one visit per page, shared by the per-page tests -----------------------------------------------------------

AXE = Axe().axe_script


@dataclass
class Visit:
    lang: str
    name: str
    view: PageView
    facts: dict = field(default_factory=dict)
    fonts: list[dict] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    copied: dict[str, str] = field(default_factory=dict)  # Python code block title -> what its copy button copied
    switched: list[str] = field(default_factory=list)  # what went wrong switching to the next language


async def bengali_fonts(tab, selector: str = "[data-probe=bengali]") -> list[dict]:
    """The fonts Chromium really drew an element with (by default the probed Bengali one): the DevTools protocol
    knows."""
    await tab.cdp.send("DOM.enable")
    await tab.cdp.send("CSS.enable")
    root = (await tab.cdp.send("DOM.getDocument", {"depth": 0}))["root"]["nodeId"]
    node = (await tab.cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector}))["nodeId"]
    return (await tab.cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node}))["fonts"]


# axe-core's colour-contrast rule passes over the elements js/contrast_twins.js marks; every other rule sees all,
# but the rules in its argument, which are switched off.
AXE_RUN = """off => {
  axe.configure({rules: [{id: "color-contrast", selector: "*:not([data-axe-twin])"}]})
  return axe.run(document, {resultTypes: ["violations"],
                            rules: Object.fromEntries(off.map(id => [id, {enabled: false}]))})
}"""
# The rules that judge only the stylesheet's colours and text decoration: a page's translation has the same
# elements (tests/test_sources.py holds the structure in step) with the same classes and the same stylesheet, so
# what these rules found on the page's first language holds for the others. Half of axe's time on a page.
STYLE_RULES = ["color-contrast", "link-in-text-block"]


async def axe_violations(page, *, style_rules: bool = True) -> list[dict]:
    """axe-core's serious and critical violations (without STYLE_RULES unless `style_rules`). The colour
    contrast of an element whose twin (same colours, size and backdrop: js/contrast_twins.js) was checked already
    on the page is not checked again: most of axe's time on a page went to the same colour pair on the same
    background, once per code token."""
    await page.evaluate(AXE)
    await page.evaluate(js("contrast_twins.js"))
    report = await page.evaluate(AXE_RUN, [] if style_rules else STYLE_RULES)
    return [v for v in report["violations"] if v["impact"] in ("serious", "critical")]


async def click_copy_buttons(browser: Browser, page) -> dict[str, str]:
    """What the copy button of every Python code block copies (js/copy_every_block.js clicks them all in the
    page, showing what hides a block first). The first block's button is then clicked again as a reader does,
    through the real clipboard: what it copies must be what the page saw copied, or the test of every other
    block would not be a test of the clipboard."""
    blocks = await page.evaluate(js("copy_every_block.js"))
    missing = [title for title, text in blocks if text is None]
    if missing:
        raise AssertionError(f"{page.url}: the copy buttons of {missing} copied nothing")
    if blocks:
        first = page.locator("div.language-python.highlight").first
        async with browser.clipboard:  # one clipboard for the whole browser
            await page.evaluate("navigator.clipboard.writeText('')")
            await first.locator("button.md-code__button[data-md-type=copy]").click()
            try:
                real = await asyncio.wait_for(page.evaluate(js("copied_text.js")), VIEW_TIMEOUT_MS / 1000)
            except TimeoutError:
                raise AssertionError(f"{page.url}: the copy button of {blocks[0][0]} put nothing on the clipboard "
                                     f"within {VIEW_TIMEOUT_MS / 1000:.0f} s") from None
        if real != blocks[0][1]:
            raise AssertionError(f"{page.url}: clicking the copy button of {blocks[0][0]} put on the clipboard "
                                 "something else than the copy event saw (tests/browser/js/copy_every_block.js):\n"
                                 f"{real!r}\n{blocks[0][1]!r}")
    return dict(blocks)


# Remembers the address's section at the moment of the click, across the navigation it starts (Material's
# navigation.tracking may have moved the section while the page scrolled; the switcher must keep the current one).
REMEMBER_SECTION_AT_CLICK = """() => document.addEventListener("click",
  () => sessionStorage.setItem("section-at-click", location.hash), { capture: true, once: true })"""


async def switch_language(browser: Browser, page, name: str, target: str, section: str) -> list[str]:
    """With the address at `section`, choose `target` in the language menu as a reader does (the menu opens
    when its button has focus); report where that did not land on the same page and section."""
    problems = []
    await page.evaluate("s => history.replaceState(null, '', s)", section or page.url.split("#")[0])
    await page.evaluate(REMEMBER_SECTION_AT_CLICK)
    await page.focus(".md-select button")
    async with page.expect_navigation(wait_until="commit"):
        await page.click(f".md-select__link[hreflang={target}]")
    await page.wait_for_selector(".md-select", state="attached")  # the header is parsed
    section = await page.evaluate("sessionStorage.getItem('section-at-click')")
    want = page_url(browser.url, name, target) + section
    if page.url != want:
        problems.append(f"switching to {target} went to {page.url}, expected {want}")
    lang = await page.evaluate("document.documentElement.lang")
    if lang != target:
        problems.append(f"after switching to {target}, <html lang> is {lang!r}")
    if section:
        try:
            await page.wait_for_selector(f"[id='{section[1:]}']", state="attached", timeout=10_000)
        except PlaywrightTimeout:
            problems.append(f"the {target} page has no section {section}: heading ids must match across languages")
    return problems


def next_language(lang: str) -> str:
    order = languages()
    return order[(order.index(lang) + 1) % len(order)]


async def look_around(browser: Browser, tab, result: Visit) -> None:
    """What a visit records on the page in front of it: its facts and fonts, axe's findings (the style rules in
    the first language only: STYLE_RULES), its copy buttons."""
    page = tab.page
    result.facts = await page.evaluate(js("facts.js"), BENGALI_BLOCK)
    if result.facts["bengali_probe"]:
        result.fonts = await bengali_fonts(tab)
    result.violations = await axe_violations(page, style_rules=result.lang == languages()[0])
    result.copied = await click_copy_buttons(browser, page)


async def visit(browser: Browser, name: str, visits: dict[str, Future]) -> None:
    """Visit a page in every language, on one tab, setting `visits[lang]` as each is done: the first language
    opened as a first-time reader; from its last section, its language menu leads to the next language's page,
    which is that language's view (a view as fresh as the first: the cache is off); the last language's menu
    leads back to the first, where only the HTML is loaded (its page was viewed already). A switch that lands
    elsewhere is that language's finding, and the next language is then opened directly."""
    order, done = languages(), 0
    try:
        async with browser.visit_tabs.tab() as tab:
            view = await tab.first_view(page_url(browser.url, name, order[0]))
            for lang in order:
                result = Visit(lang, name, view)
                await look_around(browser, tab, result)
                section = f"#{result.facts['sections'][-1]}" if result.facts["sections"] else ""
                target = next_language(lang)
                tab.expect_view(page_url(browser.url, name, target))
                if target != order[0]:
                    result.switched = await switch_language(browser, tab.page, name, target, section)
                    view = await (tab.first_view(page_url(browser.url, name, target)) if result.switched
                                  else tab.view_done())
                elif len(order) > 1:
                    # Only where the link leads is checked here, on the HTML alone (its stylesheets and scripts
                    # are refused, so its requests are not this view's problems).
                    async with tab.only_documents():
                        result.switched = await switch_language(browser, tab.page, name, target, section)
                visits[lang].set_result(result)
                done += 1
    except BaseException as error:  # the language under way and the ones after it fail with it, naming it
        for lang in order[done:]:
            visits[lang].set_exception(error)
        if not isinstance(error, Exception):
            raise


async def type_query(page, query: str) -> list[str]:
    """Type a query into the search box as a reader does; return every result link's URL."""
    placeholder = await page.evaluate(
        "JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']")
    box = page.locator("[data-md-component=search-query]")
    await box.click()
    await box.press("Control+a")
    await box.press("Delete")
    await page.wait_for_function(
        "t => document.querySelector('.md-search-result__meta').textContent.trim() === t", arg=placeholder)
    await box.fill(query)  # the whole query at once, so that the results are for all of it
    await box.press("End")  # Material reads the query on keyup
    try:  # page.evaluate has no time limit of its own: a page that never renders all results fails, not hangs
        return await asyncio.wait_for(page.evaluate(js("search_results.js"), placeholder), VIEW_TIMEOUT_MS / 1000)
    except TimeoutError:
        raise AssertionError(f"searching {query!r}: not all the results its count announces were shown within "
                             f"{VIEW_TIMEOUT_MS / 1000:.0f} s (see tests/browser/js/search_results.js)") from None


