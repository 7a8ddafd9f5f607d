"""Chromium for the browser tests and ./dev bench-site: Debian's package, driven by Playwright's async API.

No browser is ever downloaded. By default Chromium runs with a font configuration that has no Bengali font, like
most readers' machines, so pages must bring their own. Pages are opened in reusable tabs (a tab costs a third of
a fresh browser context), each view with an empty cache, as a first-time reader sees the site; several tabs
work at once (`Tabs`), and a page view counts as done on conditions, never after a fixed time.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
from collections.abc import AsyncIterator, Coroutine
from concurrent.futures import Future
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # Only loopback resolves: a request to another host fails in the browser itself (each tab records it), with
    # no round trip through Playwright per request, which cost a page view a quarter of its CPU time.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
INSTALL_HINT = "Chromium is needed for the browser tests: sudo apt-get install chromium (Debian/Ubuntu)."
JS = Path(__file__).resolve().parent / "js"
VIEW_TIMEOUT_MS = 30_000  # a page view that is not done by then fails, naming what it still waits for


def script(name: str, folder: Path = JS) -> str:
    """A JavaScript function kept in a .js file of its own (machinery/js/, tests/browser/js/)."""
    return (folder / name).read_text(encoding="utf-8")


def chromium_path() -> str | None:
    """Debian's Chromium, or the one CHROMIUM names (CHROMIUM=/nonexistent: as if there were none)."""
    if "CHROMIUM" in os.environ:
        candidates = [os.environ["CHROMIUM"]]
    else:
        candidates = ["/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def fontconfig_without_bengali(tmp: Path) -> Path:
    """A fontconfig file with the system's fonts minus every Bengali one: a reader's machine without them."""
    conf = Path(tmp) / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
        f"  <cachedir>{Path(tmp) / 'cache'}</cachedir>\n"
        "  <selectfont><rejectfont>\n"
        "    <glob>*Bengali*</glob><glob>*Bangla*</glob><glob>*Lohit*</glob><glob>*Mukti*</glob>\n"
        "    <glob>*Siliguri*</glob><glob>*Kalpurush*</glob><glob>*SolaimanLipi*</glob>\n"
        "    <glob>*FreeSans*</glob><glob>*FreeSerif*</glob><glob>*Likhan*</glob><glob>*Vrinda*</glob>\n"
        "  </rejectfont></selectfont>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def chromium_env(tmp: Path, *, bengali_fonts: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    if not bengali_fonts:
        env["FONTCONFIG_FILE"] = str(fontconfig_without_bengali(Path(tmp)))
    return env


async def launch(playwright, tmp: Path, *, bengali_fonts: bool = False):
    """Start Debian's Chromium headless; without the system's Bengali fonts (fontconfig in `tmp`) unless asked."""
    return await playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS,
                                            env=chromium_env(tmp, bengali_fonts=bengali_fonts))


# --- page views ------------------------------------------------------------------------------------------------

# Material's search shows its placeholder once its worker is ready: the last thing a page view fetches.
SEARCH_READY = """() => {
  const meta = document.querySelector(".md-search-result__meta")
  const config = document.getElementById("__config")
  return !!meta && !!config
    && meta.textContent.trim() === JSON.parse(config.textContent).translations["search.result.placeholder"]
}"""


@dataclass
class PageView:
    url: str
    requests: list[str] = field(default_factory=list)  # every URL the page asked the site for
    elsewhere: list[str] = field(default_factory=list)  # requests to other hosts (refused)
    problems: list[str] = field(default_factory=list)  # console errors and warnings, script errors, HTTP errors


class Tab:
    """One browser page, reused view after view: the cache is off (every view is a first view), storage is
    cleared, and only the site's own host is asked (every other request is refused and recorded)."""

    def __init__(self, context, page, cdp, own: str):
        self.context, self.page, self.cdp, self.own = context, page, cdp, own
        self.view = PageView("")
        self.pending: set = set()
        self.idle = asyncio.Event()

    @classmethod
    async def open(cls, browser, site_url: str, **context_options) -> Tab:
        context = await browser.new_context(service_workers="block", **context_options)
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        await cdp.send("Network.enable")
        await cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        tab = cls(context, page, cdp, urlsplit(site_url).netloc)
        page.on("request", tab._started)
        page.on("requestfinished", tab._finished)
        page.on("requestfailed", tab._failed)
        page.on("console", lambda m: m.type in ("error", "warning")
                and tab.view.problems.append(f"console {m.type}: {m.text}"))
        page.on("pageerror", lambda e: tab.view.problems.append(f"script error: {e}"))
        page.on("response", lambda r: r.status >= 400 and tab.view.problems.append(f"HTTP {r.status}: {r.url}"))
        return tab

    def _elsewhere(self, url: str) -> bool:
        return urlsplit(url).netloc != self.own and not url.startswith(("data:", "blob:"))

    def _started(self, request) -> None:
        self.pending.add(request)
        self.idle.clear()
        if urlsplit(request.url).netloc == self.own:
            self.view.requests.append(request.url)
        elif self._elsewhere(request.url):
            self.view.elsewhere.append(request.url)  # and it fails: no other host resolves (CHROMIUM_ARGS)

    def _finished(self, request) -> None:
        self.pending.discard(request)
        if not self.pending:
            self.idle.set()

    def _failed(self, request) -> None:
        # ERR_ABORTED is the browser giving up a request itself (a navigation, or the favicon it fetches
        # lazily after the page loaded), or this tab refusing another host (recorded in `elsewhere`). A file
        # the site lacks answers HTTP 404, which the response handler records.
        if request.failure != "net::ERR_ABORTED" and not self._elsewhere(request.url):
            self.view.problems.append(f"request failed: {request.url} ({request.failure})")
        self._finished(request)

    @asynccontextmanager
    async def only_documents(self) -> AsyncIterator[None]:
        """Within this block, pages load their HTML and nothing else (no CSS, scripts, fonts): for a check of
        where a link leads and what that page's HTML says, at a fraction of a page view's cost."""
        async def html_only(route) -> None:
            await (route.continue_() if route.request.resource_type == "document" else route.abort())

        await self.context.route("**/*", html_only)
        try:
            yield
        finally:
            await self.context.unroute("**/*", html_only)

    async def settled(self) -> None:
        """Wait until no request of this page is in flight."""
        if self.pending:
            try:
                await asyncio.wait_for(self.idle.wait(), VIEW_TIMEOUT_MS / 1000)
            except TimeoutError:
                raise TimeoutError(f"{self.page.url}: requests still open: {[r.url for r in self.pending]}") from None

    async def first_view(self, url: str, *, search: bool = True) -> PageView:
        """Open `url` as a first-time reader; done when the page has loaded, its fonts are ready, Material's
        search has started (unless `search` is False) and no request is in flight."""
        page = self.page
        if urlsplit(page.url).netloc == self.own:
            await page.evaluate("() => { localStorage.clear(); sessionStorage.clear() }")
        await self.context.clear_cookies()
        self.expect_view(url)
        await page.goto(url, wait_until="load")
        return await self.view_done(search=search)

    def expect_view(self, url: str) -> PageView:
        """What this tab asks for from now on belongs to the view of `url` (a navigation the caller starts)."""
        self.view, self.pending = PageView(url), set()
        self.idle.set()
        return self.view

    async def view_done(self, *, search: bool = True) -> PageView:
        """Wait until the view under way has loaded, its fonts are ready, Material's search has started (unless
        `search` is False) and no request is in flight."""
        page = self.page
        await page.wait_for_load_state("load")
        await page.evaluate("document.fonts.ready.then(() => true)")
        if search:
            await page.wait_for_function(SEARCH_READY, timeout=VIEW_TIMEOUT_MS)
        await self.settled()
        return self.view


class Tabs:
    """A few tabs shared by whoever needs one: `async with tabs.tab() as tab:` waits for a free one."""

    def __init__(self, browser, site_url: str, count: int | None = None, **context_options):
        self.browser, self.site_url, self.options = browser, site_url, context_options
        self.count = count or max(2, os.cpu_count() or 2)
        self.free: asyncio.Queue[Tab] | None = None
        self.opened = 0

    @asynccontextmanager
    async def tab(self) -> AsyncIterator[Tab]:
        if self.free is None:
            self.free = asyncio.Queue()
        if self.free.empty() and self.opened < self.count:
            self.opened += 1
            await self.free.put(await Tab.open(self.browser, self.site_url, **self.options))
        tab = await self.free.get()
        tab.view = PageView("")  # what happens before the first view is nobody's
        try:
            yield tab
        finally:
            tab.view = PageView("")  # late events of this use do not reach its views
            await tab.page.emulate_media(color_scheme="light")
            self.free.put_nowait(tab)


class LoopThread:
    """An asyncio loop on a thread of its own, for synchronous callers (pytest) that hand it coroutines:
    `run()` waits for one, `submit()` returns a Future at once, so many can run together."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="browser-loop", daemon=True)
        self.thread.start()

    def submit(self, coroutine: Coroutine) -> Future:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def run(self, coroutine: Coroutine) -> Any:
        return self.submit(coroutine).result()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        if not self.thread.is_alive():
            self.loop.close()

