"""The browser leg: every snippet run by the reader's browser's Python (the Run button's worker, in Chromium), to
find which examples can run there and what those print.

    snippets/cannot-run-in-browser.json   {"<page>/<name>.py": "<reason>"} for each snippet the browser cannot
                                          run; written by `./dev record --leg pyodide`, never by hand
    snippets/<page>/<name>.pyodide.out    where a runnable snippet prints something else in the browser than its
                                          <name>.out, what it prints there (none is needed today)

A snippet may be recorded as unable to run only for a reason the browser really has (REASONS in
machinery/runtime.py: threads, fork, SQLAlchemy's asyncio, a package the browser's Python lacks), recognised from
its error; any other failure is a failure. tests/browser/test_run.py holds the record to what the runs find.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from pathlib import Path

from machinery.browser import script
from machinery.layout import SNIPPETS
from machinery.runtime import PAGE_SCRIPTS
from machinery.snippets import record_path, snippet_page
from machinery.syntax import copyable_source

LEG = "pyodide"
CANNOT_RUN = SNIPPETS / "cannot-run-in-browser.json"
RECORD_COMMAND = f"./dev record --leg {LEG}"
RUN_TIMEOUT_S = 120  # a cold start on a loaded machine included
PACKAGE_NAMES = {"fastapi": "FastAPI", "flask": "Flask", "pytest": "pytest"}  # as the pages name them

# What the browser's Python says when it meets one of its limits (the last lines of the traceback).
_LIMITS = [
    ("threads", re.compile(r"RuntimeError: can't start new thread")),
    ("processes", re.compile(r"OSError: \[Errno 52\] Function not implemented")),
    ("asyncio", re.compile(r"requires that the Python 'greenlet' library is installed")),
    ("package", re.compile(r"ModuleNotFoundError: .*?'(?P<package>[A-Za-z0-9_]+)'")),
]


def key(snippet: Path) -> str:
    """snippets/<page>/<name>.py -> "<page>/<name>.py" (how the record and the pages name it)."""
    return f"{snippet_page(snippet)}/{Path(snippet).name}"


def browser_record_path(snippet: Path) -> Path:
    return Path(snippet).with_name(f"{Path(snippet).stem}.{LEG}.out")


def expected_output(snippet: Path) -> str:
    """What the snippet must print in the browser: its <name>.pyodide.out if it has one, else its <name>.out."""
    own = browser_record_path(snippet)
    return (own if own.is_file() else record_path(snippet)).read_text(encoding="utf-8")


def cannot_run() -> dict[str, str]:
    """The record: {"<page>/<name>.py": reason} (reason: a REASONS key, "package" as "package:<name>")."""
    return json.loads(CANNOT_RUN.read_text(encoding="utf-8")) if CANNOT_RUN.is_file() else {}


def write_cannot_run(record: dict[str, str]) -> None:
    CANNOT_RUN.write_text(json.dumps(dict(sorted(record.items())), indent=1, ensure_ascii=False) + "\n",
                          encoding="utf-8")


def limit_met(stderr: str) -> str | None:
    """The browser's limit a failed run ran into ("threads", "package:fastapi", …), or None for any other error."""
    last = "\n".join(stderr.strip().splitlines()[-3:])
    for reason, pattern in _LIMITS:
        found = pattern.search(last)
        if found:
            if reason == "package":
                return f"package:{found['package']}" if found["package"] in PACKAGE_NAMES else None
            return reason
    return None


@dataclass(frozen=True)
class BrowserRun:
    snippet: str  # "<page>/<name>.py"
    ok: bool
    stdout: str  # normalised, as the page shows it
    stderr: str
    ms: float
    on_demand: tuple[str, ...]  # modules the runtime's library lacked, fetched on demand

    @property
    def shown(self) -> str:
        return self.stdout.rstrip() + "\n"


async def run_in_browser(page, snippet: Path, source: str | None = None) -> BrowserRun:
    """Run `snippet` (or `source` under its name) in a fresh worker of `page`, a page of the served site."""
    code = copyable_source(Path(snippet).read_text(encoding="utf-8")) + "\n" if source is None else source
    result = await asyncio.wait_for(page.evaluate(script("run_in_worker.js"), [PAGE_SCRIPTS, Path(snippet).name, code]),
                                    RUN_TIMEOUT_S)
    return BrowserRun(key(snippet), result["ok"], result["stdout"], result["stderr"], result["ms"],
                      tuple(result["on_demand"]))


def explain(run: BrowserRun) -> str:
    """Why a run is not what the record says, for a failure message."""
    return f"{run.snippet} in the browser's Python:\n--- stderr ---\n{run.stderr.strip()}\n" if run.stderr else ""



async def run_many(context, site_url: str, paths, parallel: int = 2) -> dict[Path, BrowserRun]:
    """Run every snippet of `paths` in the browser, `parallel` at a time (one page each), in a browser context."""
    queue = list(paths)
    runs: dict[Path, BrowserRun] = {}

    async def one_page():
        page = await context.new_page()
        await page.goto(site_url, wait_until="load")
        while queue:
            snippet = queue.pop(0)
            runs[snippet] = await run_in_browser(page, snippet)
        await page.close()

    await asyncio.gather(*(one_page() for _ in range(parallel)))
    return {p: runs[p] for p in paths}


def run_all(paths) -> dict[Path, BrowserRun]:
    """Build the site, serve it and run `paths` in Debian's Chromium (for ./dev record --leg pyodide)."""
    import tempfile

    from playwright.async_api import async_playwright

    from machinery.browser import INSTALL_HINT, chromium_path, launch
    from machinery.build import build_site
    from machinery.serve import serve

    if chromium_path() is None:
        raise SystemExit(f"the browser leg needs Chromium: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="browser-leg-") as tmp:
        built = build_site(Path(tmp) / "site")
        if not built.built:
            raise SystemExit(f"the site did not build:\n{built.log[-3000:]}")

        async def go():
            async with async_playwright() as playwright:
                chromium = await launch(playwright, Path(tmp))
                context = await chromium.new_context()
                try:
                    return await run_many(context, server.url, list(paths))
                finally:
                    await chromium.close()

        with serve(built.site) as server:
            return asyncio.run(go())
