"""The site's figures, per language: build time, pages, each page's first-view transfer (gzipped), search index
size, search latency in Chromium, and Lighthouse's four mobile scores when Lighthouse is installed.

    ./dev bench-site [--runs N] [--bn-query WORD] [--en-query WORD] [--no-lighthouse] [--lighthouse-runs N]

Budgets (marked ✗ when missed): first view of any page ≤ 100 KB gzipped including the Bengali font; search
results ≤ 100 ms after the last key; Lighthouse mobile 100 in all four categories. The browser has no Bengali
font of its own (a reader's machine without one), so Bengali pages fetch the site's.

Lighthouse is optional: put it on PATH, or point LIGHTHOUSE at it, e.g.
    npm install --prefix ~/.cache/lighthouse -E lighthouse@12.8.2     # the last release for Node 20
    LIGHTHOUSE=~/.cache/lighthouse/node_modules/.bin/lighthouse ./dev bench-site
It runs Debian's Chromium (CHROME_PATH=/usr/bin/chromium) on every page of both languages, against the site served
on loopback; its scores vary by a few points between runs on a busy machine, hence the median of several.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machinery.browser import CHROMIUM_ARGS, INSTALL_HINT, Tabs, chromium_env, chromium_path, launch, script
from machinery.layout import ROOT, languages, page_names, page_url, search_index, search_stub
from machinery.serve import FIRST_VIEW_KB, HTML_ROUND_TRIP_KB, serve

# A reader focuses the search box, then types: focusing starts loading the index. The first query is measured
# as typed this long after the focus (a fast typist's first keystrokes of a word).
TYPING_PAUSE_MS = 250
BUDGET_MS, KINDS = 100, ("HTML", "CSS", "JS", "fonts", "search index", "images")


def kb(n: float) -> str:
    return f"{n / 1024:.1f}"


def build(site: Path) -> dict[str, float]:
    """Build the site once, in-process; seconds per language (from static-i18n's "Building 'xx'" log lines)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    marks: list[tuple[str, float]] = []

    class Marks(logging.Handler):
        def emit(self, record):
            message = record.getMessage()
            if "Building '" in message:
                marks.append((message.split("Building '")[1].split("'")[0], time.perf_counter()))

    handler = Marks()
    i18n_log = logging.getLogger("mkdocs.plugins.mkdocs_static_i18n")
    i18n_log.addHandler(handler)
    i18n_log.setLevel(logging.INFO)
    i18n_log.propagate = False  # its INFO lines are read here, not printed
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        start = time.perf_counter()
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site), strict=True)
        mkdocs_build(config)
        end = time.perf_counter()
    finally:
        os.chdir(cwd)
        i18n_log.removeHandler(handler)
    times = {}
    edges = [start] + [t for _, t in marks[1:]] + [end]
    for i, (lang, _) in enumerate(marks):
        times[lang] = edges[i + 1] - edges[i]
    times["total"] = end - start
    return times


MEASURE_SEARCH = script("measure_search.js")


async def measure_pages(site: Path, runs: int, queries: dict[str, str]) -> dict:
    """Each page's first view (what it fetched, gzipped, by kind), and search speed on each start page."""
    from playwright.async_api import async_playwright

    out: dict = {"pages": {}, "search": {}, "first_search": {}}
    with serve(site) as server, tempfile.TemporaryDirectory() as tmp:
        async with async_playwright() as pw:
            browser = await launch(pw, Path(tmp))
            tabs = Tabs(browser, server.url, count=1)  # one page at a time: the timings are not shared
            for lang in languages():
                for name in page_names():
                    async with tabs.tab() as tab:
                        view = await tab.first_view(page_url(server.url, name, lang))
                        out["pages"][(lang, name)] = dict.fromkeys(KINDS, 0) | server.transfer(view.requests)
                        if name == "index":  # the first search on a page: the worker and the index come now
                            seen = len(view.requests)
                            arguments = {"query": queries[lang], "runs": 1, "pause": TYPING_PAUSE_MS}
                            result = await tab.page.evaluate(MEASURE_SEARCH, arguments)
                            await tab.settled()
                            fetched = sum(server.describe(url).gzipped for url in view.requests[seen:])
                            out["first_search"][lang] = (result["times"][0], fetched)
                            arguments = {"query": queries[lang], "runs": runs, "pause": 30}
                            out["search"][lang] = await tab.page.evaluate(MEASURE_SEARCH, arguments)
            await browser.close()
    return out


def measure(site: Path, runs: int, queries: dict[str, str]) -> dict:
    return asyncio.run(measure_pages(site, runs, queries))


LIGHTHOUSE_METRICS = {  # audit id -> how its numericValue (ms, or a plain number for CLS) is printed
    "first-contentful-paint": lambda v: f"FCP {v / 1000:.2f} s",
    "largest-contentful-paint": lambda v: f"LCP {v / 1000:.2f} s",
    "total-blocking-time": lambda v: f"TBT {v:.0f} ms", "cumulative-layout-shift": lambda v: f"CLS {v:.3f}",
    "speed-index": lambda v: f"SI {v / 1000:.2f} s",
}


def lighthouse(site: Path, runs: int) -> dict[tuple[str, str], dict] | None:
    """Lighthouse's mobile scores (its default settings: simulated slow 4G, 4x CPU slowdown) for every page in
    both languages, `runs` times each; per page the median of each score and metric."""
    tool = os.environ.get("LIGHTHOUSE") or shutil.which("lighthouse")
    if not tool:
        return None
    results: dict[tuple[str, str], dict] = {}
    with serve(site) as server, tempfile.TemporaryDirectory() as tmp:
        env = dict(chromium_env(Path(tmp)), CHROME_PATH=chromium_path() or "/usr/bin/chromium")
        for lang in languages():
            for name in page_names():
                url = page_url(server.url, name, lang)
                reports = []
                for _ in range(runs):
                    proc = subprocess.run(
                        [tool, url, "--output=json", "--output-path=stdout", "--quiet",
                         "--only-categories=performance,accessibility,best-practices,seo",
                         f"--chrome-flags={' '.join(CHROMIUM_ARGS)}"],
                        capture_output=True, text=True, env=env, timeout=300,
                    )
                    if proc.returncode != 0:
                        print(f"lighthouse failed on {url}: {proc.stderr.strip()[-500:]}", file=sys.stderr)
                        continue
                    reports.append(json.loads(proc.stdout))
                if not reports:
                    continue
                scores = {k: statistics.median(round(r["categories"][k]["score"] * 100) for r in reports)
                          for k in reports[0]["categories"]}
                metrics = {k: statistics.median(r["audits"][k]["numericValue"] for r in reports)
                           for k in LIGHTHOUSE_METRICS}
                below = sorted({f"{a['id']}" for r in reports for a in r["audits"].values()
                                if a.get("score") is not None and a["score"] < 1
                                and a.get("scoreDisplayMode") in ("binary", "numeric")})
                worst = min(round(r["categories"]["performance"]["score"] * 100) for r in reports)
                results[(lang, name)] = {"scores": scores, "metrics": metrics, "below_1": below,
                                         "runs": len(reports), "worst_performance": worst}
    return results


def print_lighthouse(results: dict, lang: str) -> None:
    rows = {name: r for (page_lang, name), r in results.items() if page_lang == lang}
    if not rows:
        return
    runs = max(r["runs"] for r in rows.values())
    print(f"lighthouse mobile, median of {runs} run(s): performance (worst run) / accessibility / best practices / "
          f"SEO, and the performance metrics")
    for name, r in rows.items():
        s, m = r["scores"], r["metrics"]
        ok = all(v == 100 for v in s.values())
        figures = " ".join(show(m[k]) for k, show in LIGHTHOUSE_METRICS.items())
        print(f"  {name:<22}{s['performance']:>4.0f} ({r['worst_performance']:>3}) {s['accessibility']:>4.0f} "
              f"{s['best-practices']:>4.0f} {s['seo']:>4.0f}  {figures} {'✓' if ok else '✗'}"
              + (f"  below 1: {', '.join(r['below_1'])}" if not ok and r["below_1"] else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="searches per query for the median (default 9)")
    parser.add_argument("--bn-query", default="সেশন")
    parser.add_argument("--en-query", default="session")
    parser.add_argument("--builds", type=int, default=3, help="builds for the median build time (default 3)")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--lighthouse-runs", type=int, default=3,
                        help="Lighthouse runs per page, for the median (default 3; its scores vary from run to run)")
    args = parser.parse_args()
    if not chromium_path():
        print(INSTALL_HINT, file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        site = Path(tmp) / "site"
        builds = [build(site) for _ in range(args.builds)]  # the last one is the site measured
        times = {k: statistics.median(b[k] for b in builds) for k in builds[0]}
        figures = measure(site, args.runs, {"bn": args.bn_query, "en": args.en_query})
        scores = None if args.no_lighthouse else lighthouse(site, args.lighthouse_runs)

        print(f"build (mkdocs build --strict, both languages, in-process, median of {len(builds)}): "
              f"{times['total']:.2f} s")
        for lang in languages():
            full, stub = search_index(site, lang).read_bytes(), search_stub(site, lang).read_bytes()
            pages = {name: s for (page_lang, name), s in figures["pages"].items() if page_lang == lang}
            print(f"\n== {lang}: {len(pages)} pages, built in {times.get(lang, float('nan')):.2f} s")
            print(f"search index: {kb(len(full))} KB ({kb(len(gzip.compress(full, 6)))} KB gzipped), loaded on the "
                  f"first query; on every page only its {len(stub)} B config")
            columns = ("HTML", "CSS", "JS", "fonts", "index", "other")
            print("first view, KB gzipped  " + " ".join(f"{k:>6}" for k in columns) + f" {'total':>7}"
                  f"   (! HTML over {HTML_ROUND_TRIP_KB} KB: one more round trip before the first paint)")
            for name, s in pages.items():
                total = sum(s.values())
                other = total - sum(s[k] for k in ("HTML", "CSS", "JS", "fonts", "search index"))
                mark = "✓" if total <= FIRST_VIEW_KB * 1024 else "✗"
                long = "!" if s["HTML"] > HTML_ROUND_TRIP_KB * 1024 else " "
                print(f"  {name:<22}{kb(s['HTML']):>5}{long} {kb(s['CSS']):>6} {kb(s['JS']):>6} {kb(s['fonts']):>6} "
                      f"{kb(s['search index']):>6} {kb(other):>6} {kb(total):>7} {mark}")
            first_ms, first_bytes = figures["first_search"][lang]
            done = [t for _, t in figures["search"][lang]["times"]]
            shown = [t for t, _ in figures["search"][lang]["times"]]
            median = statistics.median(done)
            query = args.bn_query if lang == "bn" else args.en_query
            print(f"search {query!r}: first query of the page view, typed {TYPING_PAUSE_MS} ms after focusing the box "
                  f"(which starts loading {kb(first_bytes)} KB gzipped: worker + index): {first_ms[1]:.0f} ms "
                  f"{'✓' if first_ms[1] <= BUDGET_MS else '✗'}; then median {median:.1f} ms to results painted "
                  f"({statistics.median(shown):.1f} ms to results in the page) over {len(done)} runs, "
                  f"{figures['search'][lang]['results']} pages found {'✓' if median <= BUDGET_MS else '✗'}")
            print_lighthouse(scores or {}, lang)
        if scores is None and not args.no_lighthouse:
            print("\nlighthouse: not installed (see the top of machinery/commands/bench_site.py), skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
