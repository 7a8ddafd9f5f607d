"""Building the site: `mkdocs build` into a folder, its log, and the warnings in it.

The tests build once without --strict, so that a warning (a dead link, a page missing from nav) is reported by
the test about it, naming the file, while every other test still checks the site that was built; the build test
then fails on any warning, as `./dev build` (strict) would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from machinery.layout import ROOT


@dataclass(frozen=True)
class Build:
    site: Path
    returncode: int
    log: str

    @property
    def built(self) -> bool:
        return self.returncode == 0 and (self.site / "index.html").is_file()

    @property
    def warnings(self) -> list[str]:
        """Each WARNING or ERROR of the log, with the indented lines that continue it."""
        found: list[str] = []
        for line in self.log.splitlines():
            if line.startswith(("WARNING", "ERROR")):
                found.append(line)
            elif found and line.startswith((" ", "\t", "  - ")) and not line.startswith(("INFO", "DEBUG")):
                found[-1] += "\n" + line
        return found


def build_site(site: Path, *, strict: bool = False) -> Build:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")  # Material's banner about MkDocs 2 is not a build problem
    mode = "--strict" if strict else "--no-strict"  # mkdocs.yml says strict: true, for ./dev build and serve
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site), mode]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    return Build(Path(site), proc.returncode, proc.stdout + proc.stderr)
