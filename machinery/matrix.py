"""The matrix beyond the canonical run (SQLite + SQLAlchemy 2.1): which variants exist and how one is run.

A variant's record `<name>.<variant>.out` is optional: where a page shows how a program behaves on, say,
PostgreSQL, it includes that file, and the matrix test compares the whole output with it. Without one, the
matrix test compares only the printed values with the canonical run.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

import postgres
from harness import ROOT, Run, rel, run_snippet

SA20_PYTHON = ROOT / ".venv-sa20" / "bin" / "python"
CANONICAL = "sqlite-sqlalchemy2.1"  # what the pages show: <name>.out
VARIANTS = {  # name: (python, database, baseline: the run whose printed values this one must repeat)
    "sqlite-sqlalchemy2.0": (SA20_PYTHON, "sqlite", CANONICAL),
    "postgresql": (None, "postgresql", CANONICAL),  # SQLAlchemy 2.1
    "postgresql-sqlalchemy2.0": (SA20_PYTHON, "postgresql", "sqlite-sqlalchemy2.0"),  # same version, other database
}


def variant_record_path(snippet: Path, variant: str) -> Path:
    return snippet.with_name(f"{snippet.stem}.{variant}.out")


def run_on_variant(snippet: Path, variant: str, admin_url: str | None) -> Run:
    python, database, _ = VARIANTS[variant]
    python = str(python) if python else sys.executable
    if database == "sqlite":
        return run_snippet(snippet, python=python)
    name = f"snippet_{zlib.crc32(f'{rel(snippet)}|{variant}'.encode())}"
    with postgres.fresh_database(admin_url, name) as url:
        return run_snippet(snippet, python=python, database_url=url)
