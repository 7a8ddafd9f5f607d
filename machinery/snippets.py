"""What the tests share: where pages and snippets are, how a snippet is run, how its output is normalised.

Everything is discovered from the tree, so adding a page or a snippet needs no test code:
  * a page is docs/<name>.md (Bengali, the default language) plus docs/<name>.en.md (English);
  * a snippet is snippets/**/<name>.py, and its recorded output is the <name>.out next to it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
RUNNER = ROOT / "tests" / "run_snippet.py"
LANGUAGES = ("bn", "en")  # the first one is the default language, served at /
RECORD_COMMAND = "./dev record"
SNIPPET_TIMEOUT = 60  # seconds; a snippet that hangs fails instead of stalling the suite

SQL_MARK = "\x1fSQL\x1f"  # the same marker tests/run_snippet.py puts on every line of echoed SQL
TIMING = re.compile(r"\d+\.\d+s\b")  # [generated in 0.00012s], [cached since 0.0008s ago], [no key 0.00007s]
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{4,}\b")  # <Movie at 0x7f3a...>
INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<path>[^"]+)"\s*$', re.M)
# The two kinds of comment a snippet may hold: a named section (hl_lines) and a code note marker.
SECTION_MARKER = re.compile(r"#\s*--8<--\s*\[\s*(?:start|end)\s*:\s*[-_0-9a-z]+\s*\]")
NOTE_MARKER = re.compile(r"#\s*\((?P<n>\d+)\)!")


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


# --- pages -------------------------------------------------------------------------------------------------

def page_language(path: Path) -> str:
    """docs/x.en.md -> "en"; docs/x.md -> the default language."""
    suffixes = path.name.split(".")[1:-1]
    return suffixes[-1] if suffixes and suffixes[-1] in LANGUAGES else LANGUAGES[0]


def page_name(path: Path) -> str:
    """docs/x.en.md and docs/x.md -> "x" (relative to docs/, without language or extension)."""
    name = rel(path).removeprefix("docs/").removesuffix(".md")
    for lang in LANGUAGES:
        name = name.removesuffix(f".{lang}")
    return name


def page_path(name: str, lang: str) -> Path:
    return DOCS / (f"{name}.md" if lang == LANGUAGES[0] else f"{name}.{lang}.md")


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def page_names() -> list[str]:
    return sorted({page_name(p) for p in pages()})


def site_path() -> str:
    """The path the site is published under, from mkdocs.yml's site_url: "/guide/"."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    url = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("site_url:"))
    return urlsplit(url).path.rstrip("/") + "/"


def includes(page: Path) -> list[str]:
    """The files a page pulls in with pymdownx.snippets, in order."""
    return [m["path"] for m in INCLUDE.finditer(page.read_text(encoding="utf-8"))]


# --- snippets ----------------------------------------------------------------------------------------------

def snippets() -> list[Path]:
    return sorted(SNIPPETS.rglob("*.py"))


def copyable_source(snippet: Path) -> str:
    """The program as a reader copies it from the page: without section lines and code note markers."""
    lines = [NOTE_MARKER.sub("", line).rstrip() for line in snippet.read_text(encoding="utf-8").splitlines()
             if not SECTION_MARKER.fullmatch(line.strip())]
    return "\n".join(lines).strip("\n")


def record_path(snippet: Path) -> Path:
    return snippet.with_suffix(".out")


@dataclass(frozen=True)
class Run:
    snippet: Path
    returncode: int
    stdout: str  # raw, with SQL lines marked
    stderr: str
    leftovers: tuple[str, ...]  # files the program left in its working directory (it must leave none)

    @property
    def shown(self) -> str:
        """The output as the page shows it: SQL without log prefix or timings, printed values as printed."""
        return normalise(self.stdout)

    @property
    def values(self) -> list[str]:
        """Only what the program printed itself (no SQL): what must hold on every database and version."""
        return [normalise_line(line) for line in self.stdout.splitlines() if not line.startswith(SQL_MARK)]

    def failure(self) -> str | None:
        if self.returncode == 0 and self.stderr.strip():
            return (
                f"{rel(self.snippet)} wrote to stderr (warnings count as errors; print what you want to show):\n"
                f"{self.stderr.strip()}"
            )
        if self.returncode == 0:
            if self.leftovers:
                return (
                    f"{rel(self.snippet)} left files behind in its working directory: {', '.join(self.leftovers)}. "
                    "Use an in-memory database or a tempfile.TemporaryDirectory()."
                )
            return None
        return (
            f"{rel(self.snippet)} exited with status {self.returncode} (run with warnings as errors).\n"
            f"Run it yourself: python -W error {rel(self.snippet)}\n--- stderr ---\n{self.stderr.strip()}"
        )


def normalise_line(line: str) -> str:
    if line.startswith(SQL_MARK):
        line = TIMING.sub("…", line.removeprefix(SQL_MARK))
    return ADDRESS.sub("0x…", line).rstrip()


def normalise(stdout: str) -> str:
    lines = [
        normalise_line(line)
        for line in stdout.splitlines()
        if not (line.startswith(SQL_MARK) and not line.removeprefix(SQL_MARK).strip())  # blank lines SQL logs end with
    ]
    return "\n".join(lines).rstrip() + "\n"


def snippet_env(database_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SQLALCHEMY"))}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1", PYTHONWARNINGS="error")
    if database_url:
        env["SNIPPET_DATABASE_URL"] = database_url
    return env


def run_snippet(snippet: Path, python: str | None = None, database_url: str | None = None) -> Run:
    """Run a snippet in a fresh interpreter, warnings as errors, from a scratch working directory."""
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch:
        try:
            proc = subprocess.run(
                [python or sys.executable, "-W", "error", str(RUNNER), str(snippet)],
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=snippet_env(database_url),
                cwd=scratch,
                timeout=SNIPPET_TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            return Run(snippet, -1, exc.stdout or "", f"timed out after {SNIPPET_TIMEOUT}s", ())
        leftovers = tuple(sorted(p.name for p in Path(scratch).iterdir()))
    return Run(snippet, proc.returncode, proc.stdout, proc.stderr, leftovers)


def run_all(paths: list[Path], **kwargs) -> dict[Path, Future]:
    """Start every snippet at once on a small pool (one process per core); results arrive as futures."""
    pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))
    futures = {p: pool.submit(run_snippet, p, **kwargs) for p in paths}
    pool.shutdown(wait=False)
    return futures
