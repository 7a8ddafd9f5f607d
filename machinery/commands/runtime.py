"""./dev runtime: build the Run button's in-browser Python into .vendor/runtime (machinery/runtime.py): Pyodide
and the editor from npm (runtime/package-lock.json), SQLAlchemy's wheel from PyPI (runtime/requirements.txt,
hash-checked), byte-compiled in Pyodide. `--if-stale` builds only when an input changed (./dev build, serve and
test call it so); without it, the build is done again."""

from __future__ import annotations

import argparse
import json

from machinery import runtime


def main() -> None:
    parser = argparse.ArgumentParser(prog="./dev runtime", description=__doc__)
    parser.add_argument("--if-stale", action="store_true", help="do nothing when the last build is current")
    args = parser.parse_args()
    if args.if_stale and runtime.is_current():
        return
    built = runtime.build()
    print(f"runtime: Pyodide {built['pyodide']} (Python {built['python']}), "
          + ", ".join(f"{k} {v}" for k, v in built["wheels"].items())
          + f"; library: {len(built['library_modules'])} modules, {built['sizes'][runtime.LIBRARY]:,} bytes; "
          + f"first Run transfers about {built['gzipped']['first_run']:,} bytes")
    print(json.dumps(built["sizes"]))


if __name__ == "__main__":
    main()
