"""Re-record what the examples print, after an intended change: ./dev record [--leg NAME] [snippets/x/y.py ...]

Runs the given snippets (default: all) exactly as the tests do and writes each one's <name>.out, or with --leg
(e.g. postgresql) the <name>.<leg>.out that a page shows for that database or version. With no paths and no
--leg it also updates the `#>` output lines of the Python examples written inline in the pages (pytest-examples'
update mode), so one command re-records everything. A snippet that fails is not recorded; the command then
exits non-zero.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path

from machinery import browser_leg, postgres
from machinery.layout import ROOT, rel
from machinery.matrix import LEGS, leg_record_path, run_on_leg, uses_postgresql
from machinery.snippets import record_path, run_all, snippets

INLINE_EXAMPLES_TEST = "tests/test_inline_examples.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leg", choices=sorted([*LEGS, browser_leg.LEG]),
                        help="record this matrix leg's output instead of the canonical one (pyodide: the browser's "
                             "Python, machinery/browser_leg.py)")
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    paths = [p.resolve() for p in args.paths] or snippets()
    if args.leg == browser_leg.LEG:
        return record_browser_leg(paths, whole=not args.paths)
    if args.leg:
        with (postgres.server() if uses_postgresql(args.leg) else nullcontext()) as admin_url, \
                ThreadPoolExecutor(2) as pool:
            runs = {p: pool.submit(run_on_leg, p, args.leg, admin_url) for p in paths}
            return write({p: f.result() for p, f in runs.items()}, lambda p: leg_record_path(p, args.leg))
    failed = write({p: f.result() for p, f in run_all(paths).items()}, record_path)
    if not args.paths:
        failed |= update_inline_examples()
    return failed


def write(runs, record_for) -> int:
    failed = 0
    for snippet, run in runs.items():
        if failure := run.failure():
            print(f"FAILED   {failure}\n", file=sys.stderr)
            failed += 1
            continue
        record = record_for(snippet)
        old = record.read_text(encoding="utf-8") if record.exists() else None
        record.write_text(run.shown, encoding="utf-8")
        print(("unchanged" if old == run.shown else "recorded ").ljust(9), rel(record))
    return 1 if failed else 0


def record_browser_leg(paths, whole: bool) -> int:
    """Run `paths` in the browser's Python; record which cannot run there and why, and where a runnable one prints
    something else than its <name>.out (its <name>.pyodide.out)."""
    record = {} if whole else browser_leg.cannot_run()
    failed = 0
    for snippet, run in browser_leg.run_all(paths).items():
        name, own = browser_leg.key(snippet), browser_leg.browser_record_path(snippet)
        record.pop(name, None)
        if not run.ok or run.stderr:
            reason = browser_leg.limit_met(run.stderr) if not run.ok else None
            if reason is None:
                print(f"FAILED   {browser_leg.explain(run) or name + ' printed nothing on stderr but failed'}",
                      file=sys.stderr)
                failed += 1
            else:
                record[name] = reason
                own.unlink(missing_ok=True)
                print("cannot run".ljust(11), name, f"({reason})")
            continue
        if run.shown == record_path(snippet).read_text(encoding="utf-8"):
            own.unlink(missing_ok=True)
            print("runs".ljust(11), name, f"({run.ms:.0f} ms)")
        else:
            own.write_text(run.shown, encoding="utf-8")
            print("recorded".ljust(11), rel(own), "(the browser prints something else)")
    browser_leg.write_cannot_run(record)
    print(f"{rel(browser_leg.CANNOT_RUN)}: {len(record)} snippets cannot run in the browser")
    return 1 if failed else 0


def update_inline_examples() -> int:
    """Rewrite the `#>` lines of every inline example from a run (pytest-examples' --update-examples)."""
    before = {page: page.read_bytes() for page in (ROOT / "docs").rglob("*.md")}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", INLINE_EXAMPLES_TEST,
                           "--update-examples"], cwd=ROOT, capture_output=True, text=True)
    updated = [page for page, content in before.items() if page.read_bytes() != content]
    for page in updated:
        print("updated  ", rel(page), "(its inline examples' #> lines)")
    print(f"inline examples: {len(updated)} of {len(before)} pages updated")
    if proc.returncode not in (0, 5):  # 5: no inline examples
        print(f"FAILED   updating the inline examples:\n{proc.stdout[-3000:]}{proc.stderr[-2000:]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
