"""The same snippets beyond SQLite + SQLAlchemy 2.1: on PostgreSQL and on SQLAlchemy 2.0 (./dev test --matrix).

The page shows the canonical record (SQLite, SQLAlchemy 2.1). On another leg the SQL may differ, but each program
must still succeed with warnings as errors and print the same values as its baseline (the SQLite run of the same
SQLAlchemy version; for that one, the canonical run), which is what the pages rely on. Where a page shows a leg's
output (`<name>.<leg>.out`), the whole output must match that record instead.
"""

from __future__ import annotations

import difflib
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import pytest

from machinery import postgres
from machinery.layout import rel
from machinery.matrix import CANONICAL, LEGS, SA20_PYTHON, cannot_apply, leg_record_path, run_on_leg
from machinery.snippets import RECORD_COMMAND, snippets

pytestmark = pytest.mark.matrix


@pytest.fixture(scope="session")
def matrix_runs():
    """Every snippet on every leg, started at once on a small pool, with one PostgreSQL server."""
    if not SA20_PYTHON.exists():
        pytest.fail(f"{rel(SA20_PYTHON)} is missing: run ./dev test --matrix, which creates it.", pytrace=False)
    with ExitStack() as stack:
        try:
            admin_url = stack.enter_context(postgres.server())
        except postgres.PostgresUnavailable as exc:
            pytest.fail(str(exc), pytrace=False)
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=2))
        futures = {(s, leg): pool.submit(run_on_leg, s, leg, admin_url) for s in snippets() for leg in LEGS
                   if not cannot_apply(s, leg)}
        yield futures
        for future in futures.values():
            future.cancel()


@pytest.mark.parametrize("leg", LEGS)
@pytest.mark.parametrize("snippet", snippets(), ids=rel)
def test_snippet_behaves_the_same(snippet, leg, snippet_runs, matrix_runs):
    if why := cannot_apply(snippet, leg):
        pytest.skip(f"[{leg}] {rel(snippet)} cannot apply (machinery/matrix.py CANNOT_APPLY): {why}")
    run = matrix_runs[snippet, leg].result()
    if failure := run.failure():
        pytest.fail(f"[{leg}] {failure}", pytrace=False)
    record = leg_record_path(snippet, leg)
    if record.exists():
        expected, got, what = record.read_text(encoding="utf-8").splitlines(), run.shown.splitlines(), rel(record)
        hint = f"If the change is intended, re-record with `{RECORD_COMMAND} --leg {leg} {rel(snippet)}`."
    else:
        baseline = LEGS[leg][2]
        if (snippet, baseline) not in matrix_runs:  # that baseline cannot apply: the canonical run's values, then
            baseline = CANONICAL
        base_run = snippet_runs.recorded[snippet] if baseline == CANONICAL else matrix_runs[snippet, baseline]
        expected, got, what = base_run.result().values, run.values, f"values printed on {baseline}"
        hint = ("Make the program print only what holds everywhere, or show the difference on its page in both "
                f"languages with a recorded {rel(record)} ({RECORD_COMMAND} --leg {leg} {rel(snippet)}).")
    if got != expected:
        diff = "\n".join(difflib.unified_diff(expected, got, what, f"{leg} (this run)", lineterm=""))
        pytest.fail(f"{rel(snippet)} behaves differently on {leg}:\n{diff}\n{hint}", pytrace=False)
