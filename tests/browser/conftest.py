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
from contextlib import ExitStack
from pathlib import Path

import pytest
from playwright.async_api import async_playwright

from machinery.browser import INSTALL_HINT, LoopThread, Tabs, chromium_path, launch
from machinery.layout import languages
from machinery.serve import serve
from tests.browser.helpers import PAGES, Browser, visit


@pytest.fixture(scope="session")
def browser(site):
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
        tabs = Tabs(chromium, server.url, permissions=["clipboard-read", "clipboard-write"])
        yield Browser(loop, chromium, tabs, server, playwright)


@pytest.fixture(scope="session")
def visits(browser, request):
    """Every page in every language that a selected test needs (`-k` selects fewer), visited once, several at a
    time, all started at once; `visits[lang, name].result()` waits for one."""
    wanted = set()
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "visits" in getattr(item, "fixturenames", ()) and "name" in params:
            wanted |= {(lang, params["name"]) for lang in ([params["lang"]] if "lang" in params else languages())}
    return {(lang, name): browser.submit(visit(browser, lang, name)) for lang, name in PAGES if (lang, name) in wanted}
