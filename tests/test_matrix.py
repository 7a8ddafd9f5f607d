"""The same snippets beyond SQLite + SQLAlchemy 2.1: on PostgreSQL and on SQLAlchemy 2.0 (./dev test --matrix).

The page shows the canonical record (SQLite, SQLAlchemy 2.1). Elsewhere the SQL may differ, but each program
must still succeed with warnings as errors and print the same values, which is what the pages rely on.
"""

from __future__ import annotations

import difflib
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import postgres
from harness import ROOT, rel, run_snippet, snippets

SA20_PYTHON = ROOT / ".venv-sa20" / "bin" / "python"
VARIANTS = {  # name: (python, database)
    "sqlite-sqlalchemy2.0": (SA20_PYTHON, "sqlite"),
    "postgresql-sqlalchemy2.1": (None, "postgresql"),
    "postgresql-sqlalchemy2.0": (SA20_PYTHON, "postgresql"),
}

pytestmark = pytest.mark.matrix


@pytest.fixture(scope="session")
def matrix_runs(request):
    """Every snippet on every variant, started at once on a small pool; PostgreSQL only when the matrix runs."""
    if not SA20_PYTHON.exists():
        pytest.fail(f"{rel(SA20_PYTHON)} is missing: run the matrix with ./dev test --matrix, which creates it.", pytrace=False)
    try:
        server = postgres.server()
        admin_url = server.__enter__()
    except postgres.PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    request.addfinalizer(lambda: server.__exit__(None, None, None))

    def run(snippet, variant):
        python, database = VARIANTS[variant]
        python = str(python) if python else sys.executable
        if database == "sqlite":
            return run_snippet(snippet, python=python)
        name = f"snippet_{abs(hash((rel(snippet), variant))) % 10**8}"
        with postgres.fresh_database(admin_url, name) as url:
            return run_snippet(snippet, python=python, database_url=url)

    pool = ThreadPoolExecutor(max_workers=2)
    request.addfinalizer(pool.shutdown)
    return {(s, v): pool.submit(run, s, v) for s in snippets() for v in VARIANTS}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("snippet", snippets(), ids=lambda p: rel(p))
def test_snippet_prints_the_same_values(snippet, variant, snippet_runs, matrix_runs):
    run = matrix_runs[snippet, variant].result()
    if failure := run.failure():
        pytest.fail(f"[{variant}] {failure}", pytrace=False)
    canonical = snippet_runs[snippet].result()
    if run.values != canonical.values:
        diff = "\n".join(difflib.unified_diff(canonical.values, run.values, "sqlite-sqlalchemy2.1", variant, lineterm=""))
        pytest.fail(
            f"{rel(snippet)} prints different values on {variant} than on SQLite + SQLAlchemy 2.1 (what its page "
            f"shows):\n{diff}\nMake the program print only what holds everywhere, or explain the difference on "
            "its page in both languages and print what differs explicitly.",
            pytrace=False,
        )
