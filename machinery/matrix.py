"""The matrix beyond the canonical run (SQLite + SQLAlchemy 2.1): its legs, and how a snippet runs on one.

A leg's record `<name>.<leg>.out` is optional: where a page shows how a program behaves on, say, PostgreSQL, it
includes that file, and the matrix test compares the whole output with it. Without one, the matrix test compares
only the printed values with the leg's baseline.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

from machinery import postgres
from machinery.layout import ROOT, rel
from machinery.snippets import Run, run_snippet

SA20_PYTHON = ROOT / ".venv-sa20" / "bin" / "python"
CANONICAL = "sqlite-sqlalchemy2.1"  # what the pages show: <name>.out
LEGS = {  # name: (python, database, baseline: the run whose printed values this one must repeat)
    "sqlite-sqlalchemy2.0": (SA20_PYTHON, "sqlite", CANONICAL),
    "postgresql": (None, "postgresql", CANONICAL),  # SQLAlchemy 2.1
    "postgresql-sqlalchemy2.0": (SA20_PYTHON, "postgresql", "sqlite-sqlalchemy2.0"),  # same version, other database
}

# Where a leg cannot apply to a snippet, it is said here, once, with why: the matrix test skips that run and says
# why, and the snippet's page no longer claims that leg's database or version (machinery/verified.py).
# {"snippets/<page>/<name>.py": {"<leg>": "why, in a sentence"}}
CANNOT_APPLY: dict[str, dict[str, str]] = {}


def cannot_apply(snippet: Path, leg: str) -> str | None:
    """Why `leg` cannot apply to `snippet`, or None when it does."""
    return CANNOT_APPLY.get(rel(snippet), {}).get(leg)


def legs_of(snippet: Path) -> list[str]:
    """Every run a snippet gets: the canonical one, then the matrix legs that apply to it."""
    return [CANONICAL, *(leg for leg in LEGS if not cannot_apply(snippet, leg))]


def leg_record_path(snippet: Path, leg: str) -> Path:
    return snippet.with_name(f"{snippet.stem}.{leg}.out")


def uses_postgresql(leg: str) -> bool:
    return LEGS[leg][1] == "postgresql"


def run_on_leg(snippet: Path, leg: str, admin_url: str | None) -> Run:
    python, database, _ = LEGS[leg]
    python = str(python) if python else sys.executable
    if database == "sqlite":
        return run_snippet(snippet, python=python)
    name = f"snippet_{zlib.crc32(f'{rel(snippet)}|{leg}'.encode())}"
    with postgres.fresh_database(admin_url, name) as url:
        return run_snippet(snippet, python=python, database_url=url)
