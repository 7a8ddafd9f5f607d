"""Re-record snippet outputs after an intended change: ./dev record [snippets/x/y.py ...]

Runs the given snippets (default: all) exactly as the tests do and writes each one's <name>.out.
A snippet that fails is not recorded; the command then exits non-zero.
"""

import sys
from pathlib import Path

from harness import record_path, rel, run_all, snippets


def main(args: list[str]) -> int:
    paths = [Path(a).resolve() for a in args] or snippets()
    failed = 0
    for snippet, future in run_all(paths).items():
        run = future.result()
        if failure := run.failure():
            print(f"FAILED   {failure}\n", file=sys.stderr)
            failed += 1
            continue
        record = record_path(snippet)
        old = record.read_text(encoding="utf-8") if record.exists() else None
        record.write_text(run.shown, encoding="utf-8")
        print(("unchanged" if old == run.shown else "recorded ").ljust(9), rel(record))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
