"""./dev bench-run: the Run button's figures, measured in Debian's Chromium on the built site served on loopback
(gzipped as GitHub Pages sends it, the runtime cacheable as it lets browsers cache it):

  * first-click transfer: what the server sent after the reader agreed to the download (encoded bytes);
  * cold: a reader's first Run (empty cache): click on "download and run" -> first line of output drawn;
  * warm: the next Run on the same page (a Python kept ready meanwhile): click -> first line;
  * later page: another page of the same visit, its Python started on load: load -> ready, then click -> first line.

Median of --runs (default 5) fresh browser contexts, with the machine's load printed before and after.
Budgets (issue 12): first-click transfer <= 7 MB gzipped, cold <= 4 s, warm <= 300 ms.

    ./dev bench-run [--runs N] [--page NAME] [--later NAME]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from playwright.async_api import async_playwright

from machinery.browser import INSTALL_HINT, chromium_path, launch, script
from machinery.build import build_site
from machinery.layout import default_language, page_url
from machinery.runtime import manifest

BUDGETS = {"transfer_mb": 7.0, "cold_s": 4.0, "warm_ms": 300.0}


async def one_visit(chromium, server, page_name: str, later: str) -> dict:
    context = await chromium.new_context()
    try:
        page = await context.new_page()
        await page.goto(page_url(server.url, page_name, default_language()), wait_until="load")
        sent_before = len(server.log)
        cold = await page.evaluate(script("run_example.js"), [0, True])
        transfer = sum(served.gzipped for served in server.log[sent_before:])
        await page.wait_for_selector("html[data-run-python=ready]")
        warm = await page.evaluate(script("run_example.js"), [0, False])
        loaded = time.perf_counter()
        await page.goto(page_url(server.url, later, default_language()), wait_until="load")
        loaded = time.perf_counter()
        await page.wait_for_selector("html[data-run-python=ready]")
        ready_s = time.perf_counter() - loaded
        next_page = await page.evaluate(script("run_example.js"), [0, False])
        for run in (cold, warm, next_page):
            if run["state"] != "finished":
                raise SystemExit(f"a run ended {run['state']!r} instead of finishing: {run['stderr']}")
        cold, warm, next_page = cold["times"], warm["times"], next_page["times"]
        return {
            "transfer_mb": transfer / 1e6,
            "cold_s": (cold["first_line"] - cold["consent"]) / 1000,
            "cold_from_run_s": (cold["first_line"] - cold["run"]) / 1000,
            "warm_ms": warm["first_line"] - warm["run"],
            "later_ready_s": ready_s,
            "later_ms": next_page["first_line"] - next_page["run"],
        }
    finally:
        await context.close()


async def measure(site: Path, runs: int, page_name: str, later: str) -> list[dict]:
    from machinery.serve import serve

    with serve(site) as server, tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        async with async_playwright() as playwright:
            chromium = await launch(playwright, Path(tmp))
            try:
                return [await one_visit(chromium, server, page_name, later) for _ in range(runs)]
            finally:
                await chromium.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="./dev bench-run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--page", default="opening-and-closing", help="the page whose first example is run")
    parser.add_argument("--later", default="transactions", help="the later page of the same visit")
    args = parser.parse_args()
    if chromium_path() is None:
        raise SystemExit(INSTALL_HINT)
    built = manifest()
    print(f"runtime: Pyodide {built['pyodide']}, SQLAlchemy {built['wheels'].get('sqlalchemy')}; "
          f"{os.cpu_count()} CPUs; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-run-site-") as tmp:
        build = build_site(Path(tmp) / "site")
        if not build.built:
            raise SystemExit(f"the site did not build:\n{build.log[-2000:]}")
        results = asyncio.run(measure(build.site, args.runs, args.page, args.later))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    labels = {
        "transfer_mb": ("first-click transfer", "MB"), "cold_s": ("cold: agree -> first line", "s"),
        "cold_from_run_s": ("cold: Run -> first line (with the consent click)", "s"),
        "warm_ms": ("warm: Run -> first line", "ms"), "later_ready_s": ("later page: load -> Python ready", "s"),
        "later_ms": ("later page: Run -> first line", "ms"),
    }
    for key, (label, unit) in labels.items():
        values = [r[key] for r in results]
        median = statistics.median(values)
        budget = BUDGETS.get(key)
        mark = "" if budget is None else (" ✓" if median <= budget else " ✗") + f" (budget {budget:g} {unit})"
        shown = " ".join(f"{v:.2f}" if unit != "ms" else f"{v:.0f}" for v in values)
        print(f"{label:52} median {median:8.2f} {unit}{mark}   [{shown}]")


if __name__ == "__main__":
    main()
