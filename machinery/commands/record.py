"""Re-record snippet outputs after an intended change: ./dev record [--variant NAME] [snippets/x/y.py ...]

Runs the given snippets (default: all) exactly as the tests do and writes each one's <name>.out, or with
--variant (e.g. postgresql) the <name>.<variant>.out that a page shows for that database or version.
A snippet that fails is not recorded; the command then exits non-zero.
"""

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path

import postgres
from harness import record_path, rel, run_all, snippets
from matrix import VARIANTS, run_on_variant, variant_record_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", choices=sorted(VARIANTS), help="record this matrix variant's output instead of the canonical one")
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    paths = [p.resolve() for p in args.paths] or snippets()
    if args.variant:
        uses_server = VARIANTS[args.variant][1] == "postgresql"
        with (postgres.server() if uses_server else nullcontext()) as admin_url, ThreadPoolExecutor(2) as pool:
            runs = {p: pool.submit(run_on_variant, p, args.variant, admin_url) for p in paths}
            return write({p: f.result() for p, f in runs.items()}, lambda p: variant_record_path(p, args.variant))
    return write({p: f.result() for p, f in run_all(paths).items()}, record_path)


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


if __name__ == "__main__":
    sys.exit(main())
