"""The examples: discovery, records, and running one in a fresh interpreter as the tests and commands do.

  * a snippet is snippets/<page>/<name>.py, shown on docs/<page>.md and its translations;
  * its record, what the page shows under it and the tests compare with, is the <name>.out next to it;
  * a matrix leg may have its own record <name>.<leg>.out (machinery/matrix.py).

A snippet runs through machinery/run_snippet.py (standard library only) in a scratch folder that it must leave
empty, with warnings as errors, a fixed hash seed and a time limit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from machinery import run_snippet as runner
from machinery.layout import SNIPPETS, rel
from machinery.syntax import copyable_source

RUNNER = Path(runner.__file__).resolve()
RECORD_COMMAND = "./dev record"
SNIPPET_TIMEOUT = 60  # seconds; a snippet that hangs fails instead of stalling the suite
HASH_SEED = "0"  # the recorded run; the tests run every program once more with OTHER_HASH_SEED
OTHER_HASH_SEED = "1"


def snippets() -> list[Path]:
    return sorted(SNIPPETS.rglob("*.py"))


def records() -> list[Path]:
    """Every recorded output: <name>.out and the legs' <name>.<leg>.out."""
    return sorted(SNIPPETS.rglob("*.out"))


def record_path(snippet: Path) -> Path:
    return snippet.with_suffix(".out")


def snippet_of_record(record: Path) -> Path:
    """x.out and x.<leg>.out belong to x.py."""
    return record.with_name(record.name.split(".")[0] + ".py")


def snippet_page(snippet: Path) -> str:
    """The page a snippet belongs to: snippets/<page>/<name>.py -> "<page>"."""
    return Path(snippet).resolve().parent.relative_to(SNIPPETS).as_posix()


@dataclass(frozen=True)
class Run:
    snippet: Path
    returncode: int
    stdout: str  # raw, with SQL lines marked
    stderr: str
    leftovers: tuple[str, ...]  # files the program left in its scratch folder (it must leave none)

    @property
    def shown(self) -> str:
        """The output as the page shows it: SQL without log prefix or timings, printed values as printed."""
        return runner.normalise(self.stdout)

    @property
    def values(self) -> list[str]:
        """Only what the program printed itself (no SQL): what must hold on every database and version."""
        return runner.printed_values(self.stdout)

    def failure(self) -> str | None:
        name = rel(self.snippet)
        if self.returncode == 0 and self.stderr.strip():
            return (f"{name} wrote to stderr (warnings count as errors; print what you want to show):\n"
                    f"{self.stderr.strip()}")
        if self.returncode == 0:
            if self.leftovers:
                return (f"{name} left files behind in its working directory: {', '.join(self.leftovers)}. "
                        "Use an in-memory database or a tempfile.TemporaryDirectory().")
            return None
        return (f"{name} exited with status {self.returncode} (run with warnings as errors).\n"
                f"Run its tests alone: ./dev test tests/test_snippets.py -k {Path(name).name} (a plain "
                f"`python -W error {name}` does not apply the reader's-machine rules of machinery/run_snippet.py)\n"
                f"--- stderr ---\n{self.stderr.strip()}")


def snippet_env(database_url: str | None, sandbox: Path, hash_seed: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SQLALCHEMY", "SNIPPET"))}
    env.update(PYTHONHASHSEED=hash_seed, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
               PYTHONWARNINGS="error", SNIPPET_SANDBOX=str(sandbox), TMPDIR=str(sandbox / "tmp"))
    if database_url:
        env["SNIPPET_DATABASE_URL"] = database_url
    return env


def run_snippet(snippet: Path, python: str | None = None, database_url: str | None = None,
                hash_seed: str = HASH_SEED) -> Run:
    """Run a snippet in a fresh interpreter, warnings as errors, from a scratch folder it must leave empty."""
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch:
        sandbox = Path(scratch)
        (sandbox / "tmp").mkdir()
        try:
            proc = subprocess.run(
                [python or sys.executable, "-P", "-W", "error", str(RUNNER), str(snippet)],
                capture_output=True, text=True, encoding="utf-8", cwd=sandbox, timeout=SNIPPET_TIMEOUT,
                env=snippet_env(database_url, sandbox, hash_seed),
            )
        except subprocess.TimeoutExpired as exc:
            out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
            return Run(snippet, -1, out, f"timed out after {SNIPPET_TIMEOUT}s", ())
        leftovers = tuple(sorted(p.relative_to(sandbox).as_posix() for p in sandbox.rglob("*")
                                 if p != sandbox / "tmp"))
    return Run(snippet, proc.returncode, proc.stdout, proc.stderr, leftovers)


def run_copyable(snippet: Path, folder: Path, hash_seed: str = OTHER_HASH_SEED) -> Run:
    """Run the program as a reader copies it from the page (markers removed), with another hash seed."""
    copy = folder / rel(snippet)
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(copyable_source(snippet.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
    run = run_snippet(copy, hash_seed=hash_seed)
    return Run(snippet, run.returncode, run.stdout, run.stderr.replace(str(copy), rel(snippet)), run.leftovers)


def pool() -> ThreadPoolExecutor:
    """A small pool for snippet runs (one process per core)."""
    return ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))


def run_all(paths: list[Path], **kwargs) -> dict[Path, Future]:
    """Start every snippet at once on a small pool; results arrive as futures."""
    executor = pool()
    futures = {p: executor.submit(run_snippet, p, **kwargs) for p in paths}
    executor.shutdown(wait=False)
    return futures

