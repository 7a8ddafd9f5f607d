"""Run one snippet as the tests need it, and normalise what it printed. Standard library only.

    python -W error machinery/run_snippet.py snippets/x/y.py

This very file is what every interpreter runs: the tests' SQLAlchemy 2.1, the matrix's SQLAlchemy 2.0, and
(later) the reader's browser. It imports nothing outside the standard library, so that each of them can load
it as it is. The snippet itself stays plain teaching code; around it, this wrapper
  * marks every line SQLAlchemy's `echo` logs with SQL_MARK, so that emitted SQL can be told from printed
    values (and the log's timestamp prefix dropped);
  * when SNIPPET_DATABASE_URL is set, sends every `create_engine()` to that database instead of SQLite (and
    every `create_async_engine()`, through psycopg's asyncio driver);
  * holds the snippet to what a reader's machine allows (SNIPPET_SANDBOX, the scratch folder it runs in):
      - imports: the standard library and what a reader installs (READER_PACKAGES), nothing the test
        environment happens to have;
      - files: written only inside the scratch folder (TMPDIR points into it), never next to the snippet;
      - network: none (the test database is reached by its driver, not by the snippet);
      - printing a set of more than one element: its order depends on the hash seed, which differs on every
        reader's run (and again in the browser's 32-bit Python).
    A breach raises an error that names the rule, so the snippet fails with a message saying what to do.
"""

from __future__ import annotations

import atexit
import builtins
import logging
import os
import re
import runpy
import sys

SQL_MARK = "\x1fSQL\x1f"
# What a reader installs to run the examples: `pip install sqlalchemy`, and for the application pages the
# framework or runner they show (each page says what it installs; pins: requirements.txt).
READER_PACKAGES = frozenset({"sqlalchemy", "fastapi", "flask", "pytest"})
TIMING = re.compile(r"\d+\.\d+s\b")  # [generated in 0.00012s], [cached since 0.0008s ago], [no key 0.00007s]
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{4,}\b")  # <Movie at 0x7f3a...>


# --- normalising output: the same on every interpreter ---------------------------------------------------------

def is_sql(line: str) -> bool:
    return line.startswith(SQL_MARK)


def normalise_line(line: str) -> str:
    if is_sql(line):
        line = TIMING.sub("…", line.removeprefix(SQL_MARK))
    return ADDRESS.sub("0x…", line).rstrip()


def normalise(stdout: str) -> str:
    """The output as a page shows it: SQL without its mark or timings, addresses as 0x…, no trailing space."""
    lines = [
        normalise_line(line)
        for line in stdout.splitlines()
        if not (is_sql(line) and not line.removeprefix(SQL_MARK).strip())  # blank lines SQL logs end with
    ]
    return "\n".join(lines).rstrip() + "\n"


def printed_values(stdout: str) -> list[str]:
    """Only what the program printed itself (no SQL): what must hold on every database and version."""
    return [normalise_line(line) for line in stdout.splitlines() if not is_sql(line)]


# --- marking SQL and redirecting engines --------------------------------------------------------------------

class MarkSQLLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(SQL_MARK + line for line in super().format(record).split("\n"))


def add_marked_handler(logger: logging.Logger) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(MarkSQLLines("%(message)s"))
    logger.addHandler(handler)


def mark_sql() -> None:
    import sqlalchemy.log

    if not hasattr(sqlalchemy.log, "_add_default_handler"):
        sys.exit("machinery/run_snippet.py: sqlalchemy.log._add_default_handler is gone; update the SQL marking.")
    sqlalchemy.log._add_default_handler = add_marked_handler


def redirect_engines(url: str) -> None:
    import sqlalchemy
    import sqlalchemy.engine

    real_create_engine = sqlalchemy.create_engine
    engines = []
    # A server's connections still pooled at exit would warn (ResourceWarning); SQLite's in-memory ones don't.
    atexit.register(lambda: [engine.dispose() for engine in engines])

    def create_engine(_url, **kwargs):
        engines.append(real_create_engine(url, **kwargs))
        return engines[-1]

    sqlalchemy.create_engine = sqlalchemy.engine.create_engine = create_engine
    if url.startswith("postgresql"):  # an asyncio engine goes to the same server through psycopg's async driver
        import sqlalchemy.ext.asyncio
        import sqlalchemy.ext.asyncio.engine

        real_create_async_engine = sqlalchemy.ext.asyncio.create_async_engine
        async_url = sqlalchemy.engine.make_url(url).set(drivername="postgresql+psycopg_async")

        def create_async_engine(_url, **kwargs):  # the snippet awaits its dispose(), as asyncio code must
            return real_create_async_engine(async_url, **kwargs)

        sqlalchemy.ext.asyncio.create_async_engine = create_async_engine
        sqlalchemy.ext.asyncio.engine.create_async_engine = create_async_engine


# --- the reader's machine: imports, files, network, set order --------------------------------------------------

class SnippetBreaksARule(Exception):
    """A snippet did something a reader's run would not allow or could not repeat."""


class ReaderImports:
    """Refuses a top-level import *made by the snippet* of anything but the standard library and READER_PACKAGES
    (what SQLAlchemy itself imports, such as a database driver, is not the snippet's doing)."""

    def __init__(self, snippet: str):
        self.snippet = os.path.abspath(snippet)
        self.allowed = set(sys.stdlib_module_names) | READER_PACKAGES

    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if path is not None or top in self.allowed or top.startswith("_"):
            return None
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
            frame = frame.f_back
        if frame is not None and os.path.abspath(frame.f_code.co_filename) == self.snippet:
            raise ModuleNotFoundError(
                f"the snippet imports {top!r}, which a reader who installed only {', '.join(sorted(READER_PACKAGES))} "
                "does not have: use the standard library, or add the package to READER_PACKAGES in "
                "machinery/run_snippet.py and to what the pages tell readers to install",
                name=top,
            )
        return None


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_PATH_EVENTS = {  # audit event -> positions of the paths it changes
    "os.mkdir": (0,), "os.remove": (0,), "os.rmdir": (0,), "os.rename": (0, 1), "os.symlink": (1,),
    "os.link": (1,), "os.truncate": (0,), "os.chmod": (0,), "os.chown": (0,), "os.utime": (0,),
}


def guard(sandbox: str) -> None:
    """Hold the running program to the rules above (an audit hook: it cannot be removed)."""
    sandbox = os.path.realpath(sandbox)
    harmless = {os.devnull}

    def inside(path) -> bool:
        if isinstance(path, int):
            return True  # a file descriptor already opened
        path = os.fsdecode(path)
        real = os.path.realpath(path)
        return path in harmless or real == sandbox or real.startswith(sandbox + os.sep)

    def refuse(what: str) -> None:
        raise SnippetBreaksARule(what)

    def hook(event: str, args: tuple) -> None:
        if event == "open":
            path, _mode, flags = args
            if flags is not None and flags & _WRITE_FLAGS and path is not None and not inside(path):
                refuse(f"the snippet writes {os.fsdecode(path)!r}, outside its scratch folder: a reader's copy "
                       "must leave nothing behind. Use an in-memory database or tempfile.TemporaryDirectory().")
        elif event in _PATH_EVENTS:
            for i in _PATH_EVENTS[event]:
                if i < len(args) and args[i] is not None and not inside(args[i]):
                    refuse(f"the snippet changes {os.fsdecode(args[i])!r} ({event}), outside its scratch folder. "
                           "Work in tempfile.TemporaryDirectory().")
        elif event == "sqlite3.connect":
            database = os.fsdecode(args[0]) if args and args[0] is not None else ""
            path = database.removeprefix("file:").split("?", 1)[0]
            if path and path != ":memory:" and "mode=memory" not in database and not inside(path):
                refuse(f"the snippet opens the SQLite file {path!r}, outside its scratch folder. "
                       "Use sqlite:// (in memory) or a file in tempfile.TemporaryDirectory().")
        elif event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
            refuse(f"the snippet opens a network connection ({event} {args[1:]!r}): a reader's run must not "
                   "depend on a network. Only the test database may be reached, by its driver.")

    sys.addaudithook(hook)


def _unordered(value, depth: int = 0):
    """A set (or frozenset) of several elements inside a printed value, if any."""
    if isinstance(value, (set, frozenset)):
        return value if len(value) > 1 else None
    if depth < 3 and isinstance(value, (list, tuple)):
        return next((found for item in value if (found := _unordered(item, depth + 1)) is not None), None)
    if depth < 3 and isinstance(value, dict):
        return next((found for item in value.values() if (found := _unordered(item, depth + 1)) is not None), None)
    return None


def print_in_a_stable_order() -> None:
    real_print = builtins.print

    def checked_print(*args, **kwargs):
        for arg in args:
            found = _unordered(arg)
            if found is not None:
                raise SnippetBreaksARule(
                    f"the snippet prints a set ({len(found)} elements): its order depends on the hash seed, so a "
                    "reader's run prints another order. Print sorted(...) instead."
                )
        real_print(*args, **kwargs)

    builtins.print = checked_print


# --- running -----------------------------------------------------------------------------------------------------

def run(path: str, *, database_url: str | None = None, sandbox: str | None = None) -> None:
    """Run the snippet at `path` as `__main__`, with SQL marked; inside `sandbox`, held to a reader's machine."""
    mark_sql()
    if database_url:
        redirect_engines(database_url)
    if sandbox:
        sys.meta_path.insert(0, ReaderImports(path))
        print_in_a_stable_order()
        guard(sandbox)
    sys.argv = [path]
    runpy.run_path(path, run_name="__main__")


def main() -> None:
    run(sys.argv[1], database_url=os.environ.get("SNIPPET_DATABASE_URL"), sandbox=os.environ.get("SNIPPET_SANDBOX"))


# --- many runs, one import ---------------------------------------------------------------------------------------

def serve_forks() -> None:
    """`run_snippet.py --fork-server`: import SQLAlchemy once, then run each snippet asked for on stdin (one JSON
    line: path, cwd, env, stdout, stderr files) in a child forked from this pristine interpreter, and answer its
    exit status on stdout. A child is the run that `python -W error run_snippet.py <path>` would be (same
    interpreter options, hash seed, environment, working directory and files for its output), less the 0.25 s
    of importing SQLAlchemy again; it ends as any run ends, with the interpreter's normal shutdown."""
    import json

    import sqlalchemy.orm  # noqa: F401 (what every snippet imports first)

    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the child: become the run, then let the interpreter end it as any run ends
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            import tempfile

            tempfile.tempdir = None  # TMPDIR is read again
            for fd, target in ((0, os.devnull), (1, request["stdout"]), (2, request["stderr"])):
                os.dup2(os.open(target, os.O_RDONLY if fd == 0 else os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
            sys.stdin = open(0, encoding="utf-8", closefd=False)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False, errors="backslashreplace")
            run(request["path"], database_url=request["env"].get("SNIPPET_DATABASE_URL"),
                sandbox=request["env"].get("SNIPPET_SANDBOX"))
            sys.exit(0)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    serve_forks() if sys.argv[1:] == ["--fork-server"] else main()
