"""ruff (pinned in requirements.txt, configured in pyproject.toml) over the machinery, hooks, tests and snippets;
snippets within SNIPPET_COLUMNS, since readers see them on phones."""

import subprocess
import sys

import pytest

from machinery.layout import ROOT

SNIPPET_COLUMNS = 88


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *args], cwd=ROOT,
                          capture_output=True, text=True)


def test_ruff_finds_nothing():
    proc = ruff(".")
    if proc.returncode:
        pytest.fail(f"ruff finds problems (fix them, many with `.venv/bin/ruff check --fix .`):\n{proc.stdout}"
                    f"{proc.stderr}", pytrace=False)


def test_snippets_fit_a_phone():
    proc = ruff("--select", "E501", "--line-length", str(SNIPPET_COLUMNS), "snippets")
    if proc.returncode:
        pytest.fail(f"snippet lines over {SNIPPET_COLUMNS} columns (a phone shows about that many; break the "
                    f"line):\n{proc.stdout}{proc.stderr}", pytrace=False)
