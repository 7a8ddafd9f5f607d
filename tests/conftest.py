"""Session-wide work, done once: every snippet is run (in parallel) and the site is built (once, strictly)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness import ROOT, run_all, snippets


def pytest_addoption(parser):
    parser.addoption("--matrix", action="store_true",
                     help="also verify every snippet on PostgreSQL and SQLAlchemy 2.0 (./dev test --matrix)")


def pytest_report_header(config):
    if not config.getoption("matrix"):
        return "matrix (PostgreSQL, SQLAlchemy 2.0): not run; ./dev test --matrix runs it"


def pytest_collection_modifyitems(config, items):
    if config.getoption("matrix"):
        return
    deselected = [item for item in items if item.get_closest_marker("matrix")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("matrix")]


SNIPPET_RUNS = pytest.StashKey[dict]()


def pytest_collection_finish(session):
    """Start every snippet as soon as the tests are known, so they run while the site builds."""
    if any("snippet_runs" in getattr(item, "fixturenames", ()) for item in session.items):
        session.config.stash[SNIPPET_RUNS] = run_all(snippets())


@pytest.fixture(scope="session")
def snippet_runs(request):
    """Every snippet, run once per session in parallel; each test waits only for its own."""
    return request.config.stash.get(SNIPPET_RUNS, None) or run_all(snippets())


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test session with `mkdocs build --strict`; any warning fails it."""
    out = tmp_path_factory.mktemp("site")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )
    log = proc.stdout + proc.stderr
    warnings = [line for line in log.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if proc.returncode != 0 or warnings:
        pytest.fail(
            "`mkdocs build --strict` failed. Fix what it names (a missing include, a dead link, "
            "a page missing from nav or from one language), then run it yourself to check:\n" + log,
            pytrace=False,
        )
    return out
