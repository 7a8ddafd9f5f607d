"""The examples: discovery, records, and running one in a fresh interpreter as the tests and commands do.

  * a snippet is snippets/<page>/<name>.py, shown on docs/<page>.md and its translations;
  * its record, what the page shows under it and the tests compare with, is the <name>.out next to it;
  * a matrix leg may have its own record <name>.<leg>.out (machinery/matrix.py).

A snippet runs through machinery/run_snippet.py (standard library only) in a scratch folder that it must leave
empty, with warnings as errors, a fixed hash seed and a time limit.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
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


class ForkServer:
    """One `run_snippet.py --fork-server` process (an interpreter and a hash seed) that forks a fresh run per
    request instead of starting Python and importing SQLAlchemy again (0.25 s of the 0.28 s a run takes)."""

    def __init__(self, python: str, hash_seed: str):
        env = snippet_env(None, Path(tempfile.gettempdir()), hash_seed)
        self.proc = subprocess.Popen([python, "-P", "-W", "error", str(RUNNER), "--fork-server"], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
                                     start_new_session=True)  # its own process group: a kill takes its runs too

    def run(self, snippet: Path, sandbox: Path, env: dict[str, str], out: Path, err: Path) -> int | None:
        """The run's exit status, or None when it did not end within SNIPPET_TIMEOUT (the server is then gone)."""
        request = {"path": str(snippet), "cwd": str(sandbox), "env": env, "stdout": str(out), "stderr": str(err)}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], SNIPPET_TIMEOUT)
        if not ready:
            os.killpg(self.proc.pid, signal.SIGKILL)  # the server and the run it forked
            self.proc.wait()
            return None
        return json.loads(self.proc.stdout.readline())["returncode"]

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        try:
            self.proc.stdin.close()  # the server ends at the end of its input
        except BrokenPipeError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.proc.stdout.close()


_idle: dict[tuple[str, str], list[ForkServer]] = {}  # servers not running a snippet now, by (python, seed)
_every: list[ForkServer] = []  # closed at exit
_lock = threading.Lock()


@contextmanager
def fork_server(python: str, hash_seed: str) -> Iterator[ForkServer]:
    """A fork server for this interpreter and hash seed, for one run at a time (as many as run at once)."""
    with _lock:
        idle = _idle.setdefault((python, hash_seed), [])
        server = idle.pop() if idle else None
    if server is None or not server.alive:
        server = ForkServer(python, hash_seed)
        with _lock:
            _every.append(server)
    try:
        yield server
    finally:
        if server.alive:
            with _lock:
                _idle[(python, hash_seed)].append(server)


@atexit.register
def _close_servers() -> None:
    for server in _every:
        server.close()


def run_snippet(snippet: Path, python: str | None = None, database_url: str | None = None,
                hash_seed: str = HASH_SEED) -> Run:
    """Run a snippet in a fresh interpreter (forked from one that has imported SQLAlchemy), warnings as errors,
    from a scratch folder it must leave empty."""
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch:
        sandbox = Path(scratch) / "run"
        (sandbox / "tmp").mkdir(parents=True)
        out, err = Path(scratch) / "stdout", Path(scratch) / "stderr"
        env = snippet_env(database_url, sandbox, hash_seed)
        with fork_server(python or sys.executable, hash_seed) as server:
            returncode = server.run(snippet, sandbox, env, out, err)
        stdout = out.read_text(encoding="utf-8") if out.exists() else ""
        if returncode is None:
            return Run(snippet, -1, stdout, f"timed out after {SNIPPET_TIMEOUT}s", ())
        leftovers = tuple(sorted(p.relative_to(sandbox).as_posix() for p in sandbox.rglob("*")
                                 if p != sandbox / "tmp"))
        return Run(snippet, returncode, stdout, err.read_text(encoding="utf-8", errors="replace"), leftovers)


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

