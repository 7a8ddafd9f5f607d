"""Speed figures of the test suite: ./dev bench [--repeat N] [--scale] [--scale-only] [--steady N]

Prints
  * the floor: a bare `python -c` that imports sqlalchemy.orm and does one SQLite round trip (median of N);
  * each snippet run alone as the tests run it (median of N) and its ratio to the floor;
  * all snippets run the way the tests run them (in parallel), the cost per snippet and its ratio to the floor;
  * the wall time of the default test command (`python -m pytest -q`, run once);
  * with --scale: the same default suite on a throw-away copy of the repository in which every page pair but the
    start page, with its snippets, is there SCALE times (about 3x the pages), and the seconds each added page
    pair costs. Budget: 90 s for the default suite at both sizes, on a 2-core machine;
  * with --steady N (alone): the default suite N times in a row while a second copy of it runs beside, again and
    again, on a throw-away clone: every run of both must pass (a test that waits for time, not for a condition,
    fails on a busy machine).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

from machinery.layout import ROOT, languages, nav_translations, page_names, rel
from machinery.snippets import run_all, run_snippet, snippets

FLOOR = (
    "import sqlalchemy.orm, sqlalchemy as sa\n"
    "e = sa.create_engine('sqlite://')\n"
    "with e.connect() as c: c.execute(sa.text('select 1')).scalar()\n"
)
SCALE = 3
SUITE_BUDGET_S = 90
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def suite(root: Path) -> tuple[float, str]:
    """Run the default test command in `root` once: (wall seconds, its summary line)."""
    env = dict(os.environ, PYTHONPATH=str(root))  # the copy's own machinery, not this checkout's
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=root, env=env,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    summary = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
    if proc.returncode:
        summary += "  <- FAILED:\n" + "\n".join(line for line in proc.stdout.splitlines() if line.startswith("FAILED"))
    return wall, summary


def scaled_copy(target: Path, scale: int) -> int:
    """Copy the repository's files to `target` with every page pair but the start page (and its snippets) there
    `scale` times, listed in nav next to the original; return the number of pages per language."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    for name in files:
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    config = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    copies = {name: [f"{name}-x{n}" for n in range(2, scale + 1)] for name in page_names() if name != "index"}
    for name, names in copies.items():
        for copy in names:
            for lang in languages():
                suffix = "" if lang == languages()[0] else f".{lang}"
                text = (target / "docs" / f"{name}{suffix}.md").read_text(encoding="utf-8")
                text = text.replace(f'"snippets/{name}/', f'"snippets/{copy}/')
                (target / "docs" / f"{copy}{suffix}.md").write_text(text, encoding="utf-8")
            shutil.copytree(ROOT / "snippets" / name, target / "snippets" / copy)

    def grow(items: list) -> list:
        grown = []
        for item in items:
            label, value = next(iter(item.items()))
            if isinstance(value, list):
                grown.append({label: grow(value)})
                continue
            grown.append(item)
            name = value.removesuffix(".md")
            for n, copy in enumerate(copies.get(name, []), 2):
                grown.append({f"{label} {BENGALI_DIGITS[n]}": f"{copy}.md"})
                for entry in i18n["languages"]:
                    translated = nav_translations(entry["locale"])
                    if label in translated:
                        entry["nav_translations"][f"{label} {BENGALI_DIGITS[n]}"] = f"{translated[label]} {n}"
        return grown

    config["nav"] = grow(config["nav"])
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return len(page_names()) + sum(len(names) for names in copies.values())


def scale_figures(scale: int) -> None:
    pages_now = len(page_names())
    now, now_summary = suite(ROOT)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        pages_then = scaled_copy(Path(tmp), scale)
        then, then_summary = suite(Path(tmp))
    per_pair = (then - now) / (pages_then - pages_now)
    print(f"\ndefault suite at {pages_now} pages per language: {now:.1f} s ({now_summary})")
    print(f"default suite at {pages_then} pages per language (every page pair but the start page x{scale}, on a "
          f"throw-away copy): {then:.1f} s ({then_summary})")
    print(f"each added page pair costs {per_pair:.2f} s; budget {SUITE_BUDGET_S} s at both sizes: "
          f"{'✓' if max(now, then) <= SUITE_BUDGET_S else '✗'}")


def steady(times: int) -> int:
    """The suite `times` times in a row, with a second suite looping beside it; the number of failed runs."""
    failed, done = 0, threading.Event()
    load_runs: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-steady-") as tmp:
        subprocess.run(["git", "clone", "-q", str(ROOT), tmp], check=True)

        def load() -> None:
            while not done.is_set():
                wall, summary = suite(Path(tmp))
                load_runs.append(f"{wall:.0f} s: {summary}")

        beside = threading.Thread(target=load)
        beside.start()
        for n in range(1, times + 1):
            wall, summary = suite(ROOT)
            failed += "FAILED" in summary
            print(f"run {n} of {times}, with a second suite beside it: {wall:.0f} s ({summary})", flush=True)
        done.set()
        beside.join()
    for line in load_runs:
        failed += "FAILED" in line
        print(f"  the suite beside: {line}")
    print(f"{failed} failed run(s) of {times + len(load_runs)}")
    return failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scale", action="store_true", help=f"also time the suite on a copy with x{SCALE} pages")
    parser.add_argument("--scale-only", action="store_true", help="only the scale measurement")
    parser.add_argument("--steady", type=int, metavar="N", help="only: the suite N times beside a second one")
    args = parser.parse_args()
    if args.steady:
        sys.exit(1 if steady(args.steady) else 0)
    if args.scale_only:
        scale_figures(SCALE)
        return
    paths = snippets()

    floor = statistics.median(
        timed(lambda: subprocess.run([sys.executable, "-c", FLOOR], check=True)) for _ in range(args.repeat)
    )
    print(f"floor (python -c: import sqlalchemy.orm + one SQLite round trip), median of {args.repeat}: {floor:.3f} s")

    print(f"\neach snippet alone, median of {args.repeat}:")
    for path in paths:
        solo = statistics.median(timed(lambda path=path: run_snippet(path)) for _ in range(args.repeat))
        print(f"  {solo:.3f} s  {solo / floor:4.2f}x floor  {rel(path)}")

    batches = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for future in run_all(paths).values():
            future.result()
        batches.append(time.perf_counter() - start)
    batch = statistics.median(batches)
    print(
        f"\nall {len(paths)} snippets as the tests run them (parallel), median of {args.repeat}: {batch:.2f} s "
        f"= {batch / len(paths):.3f} s per snippet = {batch / len(paths) / floor:.2f}x floor (budget 1.5x)"
    )
    if args.scale:
        scale_figures(SCALE)
    else:
        wall, summary = suite(ROOT)
        print(f"default test command (python -m pytest -q), once: {wall:.1f} s ({summary}; budget {SUITE_BUDGET_S} s)")


if __name__ == "__main__":
    main()
