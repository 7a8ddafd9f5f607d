"""The built site in a real browser, as a reader meets it: served on loopback and opened in Debian's Chromium
(machinery/browser.py), on a machine without Bengali fonts.

One Chromium serves the whole session, driven from a thread of its own (`Browser`); tests hand it coroutines.
Every page of every language is visited once, several at a time (`visits`): the per-page tests in test_pages.py,
test_copy.py and test_languages.py read what their visit found. Without Chromium these tests skip (install:
apt-get install chromium); with CI set they fail instead. Speed is not asserted here: ./dev bench-site and
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
        browser = Browser(loop, chromium, visit_tabs, Tabs(chromium, server.url, count=1), server, playwright)
        browser.visits = start_visits(browser, request.session.items)
        yield browser


def pytest_collection_modifyitems(config, items):
    """Browser tests that drive a page of their own run first, beside the page visits (which start with the
    browser); then every other test, while the visits go on; the tests that read the visits come last. So both
    cores work until the end."""
    browser = [i for i in items if "visits" not in getattr(i, "fixturenames", ())
               and "browser" in getattr(i, "fixturenames", ())]
    reading = [i for i in items if "visits" in getattr(i, "fixturenames", ())]
    if browser and reading:
        chosen = set(browser + reading)
        items[:] = browser + [i for i in items if i not in chosen] + reading


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


@pytest.fixture(scope="session")
def visits(browser):
    """Every page a selected test reads, visited once; `visits[lang, name].result()` waits for one."""
    return browser.visits
