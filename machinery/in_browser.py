"""One run of a program in the reader's browser: the Python half of docs/assets/javascripts/run/worker.js.

The worker starts a fresh Pyodide for every run (as the tests start a fresh interpreter: no state, events,
loggers or warning registries left over from an earlier run), imports this module, and calls `run()`. What the
program prints reaches the page line by line, normalised by machinery/run_snippet.py exactly as the recorded
outputs are (SQL marked and its timings dropped, addresses as 0x…). Standard library only, plus Pyodide's `js`
for the one thing a browser needs: fetching a module that is not in the runtime's library, on demand.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import io
import os
import sys
import time
import traceback

import run_snippet


class Lines(io.TextIOBase):
    """A text stream that hands each complete line to `emit` (normalised, when `normalise` is set)."""

    def __init__(self, emit, normalise: bool):
        self.emit, self.normalise, self.pending = emit, normalise, ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            self._line(line)
        return len(text)

    def _line(self, line: str) -> None:
        if not self.normalise:
            self.emit(line.rstrip())
        elif not (run_snippet.is_sql(line) and not line.removeprefix(run_snippet.SQL_MARK).strip()):
            self.emit(run_snippet.normalise_line(line))  # (SQL's blank lines dropped, as normalise() does)

    def flush(self) -> None:
        pass

    def close_line(self) -> None:
        if self.pending:
            self._line(self.pending)
            self.pending = ""


class OnDemand:
    """Imports what the runtime's library lacks from the whole standard library or a wheel, fetched (once) from
    the site when first needed. `loaded` names each module found this way."""

    def __init__(self, base_url: str, archives: dict[str, str]):
        self.base_url, self.archives = base_url, archives  # {"stdlib" | top-level package: file name}
        self.mounted: dict[str, str] = {}  # archive key -> its path in the browser's file system
        self.loaded: list[str] = []

    def _key(self, top: str) -> str | None:
        if top in self.archives and top != "stdlib":
            return top
        return "stdlib" if top in sys.stdlib_module_names else None

    def _mount(self, key: str) -> str:
        if key not in self.mounted:
            from js import XMLHttpRequest  # Pyodide's bridge to the worker's JavaScript

            request = XMLHttpRequest.new()
            request.open("GET", self.base_url + self.archives[key], False)  # synchronous: an import cannot wait
            request.responseType = "arraybuffer"
            request.send(None)
            if request.status != 200:
                raise ImportError(f"could not fetch {self.archives[key]} ({request.status})")
            path = f"/lib/on-demand/{self.archives[key]}"
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as file:
                file.write(request.response.to_py())
            self.mounted[key] = path
            sys.path.append(path)
            importlib.invalidate_caches()
        return self.mounted[key]

    def find_spec(self, name, path=None, target=None):
        key = self._key(name.partition(".")[0])
        if key is None:
            return None
        archive = self._mount(key)
        parent_name = name.rpartition(".")[0]
        if not parent_name:
            spec = importlib.machinery.PathFinder.find_spec(name, [archive])
        else:  # a package that came from the library: let it look into the archive too
            parent = sys.modules[parent_name]
            folder = f"{archive}/{parent_name.replace('.', '/')}"
            if folder not in parent.__path__:
                parent.__path__.append(folder)
            spec = importlib.machinery.PathFinder.find_spec(name, [folder])
        if spec is not None:
            self.loaded.append(name)
        return spec


def _program_traceback(error: BaseException, program: str) -> list[str]:
    """The traceback as `python program.py` shows it: from the program's own first frame on."""
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != program:
        tb = tb.tb_next
    return traceback.format_exception(type(error), error, tb or error.__traceback__)


def run(program: str, out, err, on_demand: OnDemand | None = None) -> dict:
    """Run the program at `program` as `python program` would, with machinery/run_snippet.py's SQL marking;
    `out`/`err` get its output line by line. Returns {"ok": bool, "ms": run time, "on_demand": [modules]}."""
    if on_demand is not None:
        sys.meta_path.append(on_demand)
    stdout, stderr = Lines(out, normalise=True), Lines(err, normalise=False)
    sys.stdout, sys.stderr = stdout, stderr
    ok = True
    started = time.perf_counter()
    try:
        run_snippet.run(program)
    except SystemExit as exit_:
        ok = exit_.code in (None, 0)
        if not ok and not isinstance(exit_.code, int):
            print(exit_.code, file=sys.stderr)
    except BaseException as error:  # the program's own error: shown as its traceback
        ok = False
        stderr.write("".join(_program_traceback(error, program)))
    finally:
        stdout.close_line()
        stderr.close_line()
    return {"ok": ok, "ms": round((time.perf_counter() - started) * 1000, 1),
            "on_demand": list(on_demand.loaded) if on_demand else []}
