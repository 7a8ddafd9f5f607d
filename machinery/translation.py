"""Two languages that cannot silently drift apart.

Each page records, in its front matter, the fingerprint of its counterpart (the same page in the other language)
as it was when someone last checked that the two say the same: `checked_against: <fingerprint>`. When one
language's page changes, the other's record no longer matches and tests/test_translation.py fails, naming both
files and showing what changed since the check (found in git history). After bringing the other page in step,
`./dev translated <page>` records the new fingerprints in both.

A fingerprint covers what can change meaning: the page's Markdown (includes, code and all), with the line
breaks and spacing of its paragraphs, trailing spaces and its own record left aside. A snippet's recorded
output is not in the page source, so re-recording changes no fingerprint.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import subprocess
from pathlib import Path

from machinery.layout import ROOT, languages, page_language, page_path, rel

KEY = "checked_against"
_RECORD = re.compile(rf"^{KEY}:.*\n", re.M)
_FRONT = re.compile(r"\A---\n(?P<body>.*?)^---\n", re.M | re.S)


def meaning(markdown: str) -> list[str]:
    """The page's paragraphs (blocks between blank lines), each on one line with its spacing normalised, and
    without the page's own `checked_against` record."""
    front = _FRONT.match(markdown)
    if front:
        markdown = "---\n" + _RECORD.sub("", front["body"]) + "---\n" + markdown[front.end():]
    return [" ".join(block.split()) for block in re.split(r"\n[ \t]*\n", markdown) if block.strip()]


def fingerprint(markdown: str) -> str:
    return hashlib.sha256("\n".join(meaning(markdown)).encode()).hexdigest()[:12]


def counterpart(path: Path) -> Path:
    """The same page in the other language (the guide has two)."""
    others = [lang for lang in languages() if lang != page_language(path)]
    return page_path(path.name.split(".")[0], others[0])


def recorded(markdown: str) -> str | None:
    """The fingerprint a page recorded for its counterpart, or None."""
    front = _FRONT.match(markdown)
    found = re.search(rf"^{KEY}:\s*(\S+)\s*$", front["body"], re.M) if front else None
    return found[1] if found else None


def record(path: Path, value: str) -> None:
    """Write `checked_against: value` into the page's front matter (creating the front matter if needed)."""
    text = path.read_text(encoding="utf-8")
    front = _FRONT.match(text)
    line = f"{KEY}: {value}\n"
    if front is None:
        text = f"---\n{line}---\n\n{text}"
    elif recorded(text) is None:
        text = f"---\n{front['body']}{line}---\n{text[front.end():]}"
    else:
        text = f"---\n{_RECORD.sub(line, front['body'])}---\n{text[front.end():]}"
    path.write_text(text, encoding="utf-8")


def mark_in_step(name: str) -> list[Path]:
    """Record, in both pages of pair `name`, the fingerprint of the other as it is now."""
    paths = [page_path(name, lang) for lang in languages()]
    prints = {path: fingerprint(path.read_text(encoding="utf-8")) for path in paths}
    for path in paths:
        record(path, prints[counterpart(path)])
    return paths


def version_with(path: Path, wanted: str, limit: int = 200) -> str | None:
    """The text of `path` at the newest commit where its fingerprint was `wanted`, from git history."""
    try:
        commits = subprocess.run(["git", "log", f"-{limit}", "--format=%H", "--", rel(path)], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None
    for commit in commits:
        shown = subprocess.run(["git", "show", f"{commit}:{rel(path)}"], cwd=ROOT, capture_output=True, text=True)
        if shown.returncode == 0 and fingerprint(shown.stdout) == wanted:
            return shown.stdout
    return None


def changes_since(path: Path, wanted: str) -> str:
    """What changed in `path` since the version whose fingerprint is `wanted`, paragraph by paragraph."""
    old = version_with(path, wanted)
    if old is None:
        return f"(no version of {rel(path)} with fingerprint {wanted} in the last 200 commits: compare by hand)"
    diff = difflib.unified_diff(meaning(old), meaning(path.read_text(encoding="utf-8")), "as checked", "now",
                                lineterm="", n=0)
    return "\n".join(list(diff)[2:])
