"""The built site in a real browser, as a reader meets it: served on loopback and opened in Debian's Chromium
(machinery/browser.py), on a machine without Bengali fonts.

One Chromium serves the whole session, driven from a thread of its own (`Browser`). Nothing a test does in the
browser waits for the test before it: every page of every language is visited once, several at a time (`visits`),
and the per-page tests in test_pages.py, test_copy.py and test_languages.py read what their visit found; a test that
drives a page of its own declares that work, `@browser_work(coroutine)` (helpers.py), where `coroutine(browser, site,
**its parameters)` is a module-level async function, and reads its result through the `work` fixture. All of it
starts as the browser does, so the tests only wait for results at the end. Without Chromium these tests skip
(install: apt-get install chromium); with CI set they fail instead. Speed is not asserted here: ./dev bench-site and
./dev bench measure it.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import Future
from contextlib import ExitStack
from pathlib import Path

import pytest
from playwright.async_api import async_playwright

from machinery.browser import INSTALL_HINT, LoopThread, Tabs, chromium_path, launch
from machinery.layout import languages, page_names
from machinery.serve import serve
from tests.browser.helpers import Browser, visit


@pytest.fixture(scope="session")
def browser(site, request):
    if chromium_path() is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests, but Chromium is missing. {INSTALL_HINT}", pytrace=False)
        pytest.skip(INSTALL_HINT)
    with ExitStack() as stack:
        server = stack.enter_context(serve(site))
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="chromium-")))
        loop = LoopThread()
        stack.callback(loop.close)
        playwright = loop.run(async_playwright().start())
        stack.callback(lambda: loop.run(playwright.stop()))
        chromium = loop.run(launch(playwright, tmp))
        stack.callback(lambda: loop.run(chromium.close()))
        permissions = ["clipboard-read", "clipboard-write"]
        visit_tabs = Tabs(chromium, server.url, permissions=permissions)
        browser = Browser(loop, chromium, visit_tabs, Tabs(chromium, server.url, count=2), server, playwright)
        browser.visits = start_visits(browser, request.session.items)
        browser.work = start_work(browser, site, request.session.items)
        yield browser


def pytest_collection_modifyitems(config, items):
    """The tests that read the visits come last: by then most visits are done, and every other test ran
    meanwhile (the browser work of those that declare it has been under way since the browser started)."""
    reading = [i for i in items if "visits" in getattr(i, "fixturenames", ())]
    if reading:
        chosen = set(reading)
        items[:] = [i for i in items if i not in chosen] + reading


def start_visits(browser: Browser, items) -> dict:
    """Start the visit of every page that a selected test reads (`-k` selects fewer), in every language, all at
    once; they run in the background while the other tests go on."""
    wanted = set()
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "visits" in getattr(item, "fixturenames", ()) and "name" in params:
            wanted.add(params["name"])
    visits = {}
    for name in (n for n in page_names() if n in wanted):
        futures = {lang: Future() for lang in languages()}
        visits |= {(lang, name): future for lang, future in futures.items()}
        browser.submit(visit(browser, name, futures))
    return visits


def start_work(browser: Browser, site: Path, items) -> dict[str, Future]:
    """Start the declared browser work (`@browser_work(coroutine)`) of every selected test, by test id."""
    work = {}
    for item in items:
        marker = item.get_closest_marker("browser_work")
        if marker is not None:
            params = getattr(getattr(item, "callspec", None), "params", {})
            work[item.nodeid] = browser.submit(marker.args[0](browser, site, **params))
    return work


@pytest.fixture
def work(browser, request):
    """What this test's declared browser work returned (it raises what the work raised)."""
    if request.node.nodeid not in browser.work:
        pytest.fail(f"{request.node.nodeid} uses `work` but declares no @browser_work(coroutine) (helpers.py)",
                    pytrace=False)
    return browser.work[request.node.nodeid].result()


@pytest.fixture(scope="session")
def visits(browser):
    """Every page a selected test reads, visited once; `visits[lang, name].result()` waits for one."""
    return browser.visits
