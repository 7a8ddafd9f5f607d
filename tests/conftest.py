"""Session-wide work, done once: every snippet is run twice in parallel (as recorded, and as a reader copies it,
with another hash seed), and the site is built once. Each test waits only for what it needs."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from machinery.build import Build, build_site
from machinery.snippets import OTHER_HASH_SEED, pool, run_copyable, run_snippet, snippets


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


RUNS = pytest.StashKey[dict]()


class SnippetRuns:
    """Every snippet, started at once on a small pool: `recorded[path]` as the tests record it, `copied[path]`
    as a reader copies it from the page (markers removed) and with hash seed OTHER_HASH_SEED."""

    def __init__(self):
        self.folder = tempfile.TemporaryDirectory(prefix="copied-")
        executor = pool()
        paths = snippets()
        self.recorded = {p: executor.submit(run_snippet, p) for p in paths}
        self.copied = {p: executor.submit(run_copyable, p, Path(self.folder.name), OTHER_HASH_SEED) for p in paths}
        executor.shutdown(wait=False)


def pytest_collection_finish(session):
    """Start every snippet as soon as the tests are known, so they run while the site builds."""
    if any("snippet_runs" in getattr(item, "fixturenames", ()) for item in session.items):
        session.config.stash[RUNS] = SnippetRuns()


@pytest.fixture(scope="session")
def snippet_runs(request) -> SnippetRuns:
    if RUNS not in request.config.stash:
        request.config.stash[RUNS] = SnippetRuns()
    return request.config.stash[RUNS]


@pytest.fixture(scope="session")
def build(tmp_path_factory) -> Build:
    """The site, built once per test session (not strict: tests/test_site.py reports each warning by name)."""
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def site(build) -> Path:
    """The built site. If the build failed, tests that need it are skipped: test_the_site_builds_cleanly fails."""
    if not build.built:
        pytest.skip("the site did not build: see tests/test_site.py::test_the_site_builds_cleanly")
    return build.site
