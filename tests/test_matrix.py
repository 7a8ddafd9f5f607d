"""The same snippets beyond SQLite + SQLAlchemy 2.1: on PostgreSQL and on SQLAlchemy 2.0 (./dev test --matrix).

The page shows the canonical record (SQLite, SQLAlchemy 2.1). Elsewhere the SQL may differ, but each program
must still succeed with warnings as errors and print the same values as its baseline (the SQLite run of the same
SQLAlchemy version; for that one, the canonical run), which is what the pages rely on. Where a page shows a
variant's output (`<name>.<variant>.out`), the whole output must match that record instead.
"""

from __future__ import annotations

import difflib
from concurrent.futures import ThreadPoolExecutor

import pytest

import postgres
from harness import RECORD_COMMAND, rel, snippets
from matrix import CANONICAL, SA20_PYTHON, VARIANTS, run_on_variant, variant_record_path

pytestmark = pytest.mark.matrix


@pytest.fixture(scope="session")
def matrix_runs(request):
    """Every snippet on every variant, started at once on a small pool, with one PostgreSQL server."""
    if not SA20_PYTHON.exists():
        pytest.fail(f"{rel(SA20_PYTHON)} is missing: run ./dev test --matrix, which creates it.", pytrace=False)
    server = postgres.server()
    try:
        admin_url = server.__enter__()
    except postgres.PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    request.addfinalizer(lambda: server.__exit__(None, None, None))
    pool = ThreadPoolExecutor(max_workers=2)
    request.addfinalizer(pool.shutdown)
    return {(s, v): pool.submit(run_on_variant, s, v, admin_url) for s in snippets() for v in VARIANTS}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("snippet", snippets(), ids=lambda p: rel(p))
def test_snippet_behaves_the_same(snippet, variant, snippet_runs, matrix_runs):
    run = matrix_runs[snippet, variant].result()
    if failure := run.failure():
        pytest.fail(f"[{variant}] {failure}", pytrace=False)
    record = variant_record_path(snippet, variant)
    if record.exists():
        expected, got, what = record.read_text(encoding="utf-8").splitlines(), run.shown.splitlines(), rel(record)
        hint = f"If the change is intended, re-record with `{RECORD_COMMAND} --variant {variant} {rel(snippet)}`."
    else:
        baseline = VARIANTS[variant][2]
        base_run = snippet_runs[snippet] if baseline == CANONICAL else matrix_runs[snippet, baseline]
        expected, got, what = base_run.result().values, run.values, f"values printed on {baseline}"
        hint = ("Make the program print only what holds everywhere, or show the difference on its page in both "
                f"languages with a recorded {rel(record)} ({RECORD_COMMAND} --variant {variant} {rel(snippet)}).")
    if got != expected:
        diff = "\n".join(difflib.unified_diff(expected, got, what, f"{variant} (this run)", lineterm=""))
        pytest.fail(f"{rel(snippet)} behaves differently on {variant}:\n{diff}\n{hint}", pytrace=False)
