"""Speed figures of the test suite: ./dev bench [--repeat N]

Prints
  * the floor: a bare `python -c` that imports sqlalchemy.orm and does one SQLite round trip (median of N);
  * each snippet run alone through the harness (median of N) and its ratio to the floor;
  * all snippets run the way the tests run them (in parallel), the cost per snippet and its ratio to the floor;
  * the wall time of the default test command (`python -m pytest -q`, run once).
"""

import argparse
import statistics
import subprocess
import sys
import time

from harness import ROOT, rel, run_all, run_snippet, snippets

FLOOR = (
    "import sqlalchemy.orm, sqlalchemy as sa\n"
    "e = sa.create_engine('sqlite://')\n"
    "with e.connect() as c: c.execute(sa.text('select 1')).scalar()\n"
)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = snippets()

    floor = statistics.median(
        timed(lambda: subprocess.run([sys.executable, "-c", FLOOR], check=True)) for _ in range(args.repeat)
    )
    print(f"floor (python -c: import sqlalchemy.orm + one SQLite round trip), median of {args.repeat}: {floor:.3f} s")

    print(f"\neach snippet alone, median of {args.repeat}:")
    for path in paths:
        solo = statistics.median(timed(lambda: run_snippet(path)) for _ in range(args.repeat))
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

    suite = timed(lambda: subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                                         cwd=ROOT, capture_output=True))
    print(f"default test command (python -m pytest -q), once: {suite:.1f} s (budget 90 s)")


if __name__ == "__main__":
    main()
