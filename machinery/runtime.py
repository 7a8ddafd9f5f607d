"""The Python that runs the examples in the reader's browser (the Run button): what it is made of, how it is
built, where it is served, and what it says to the reader. Hooks, tests and commands import it from here.

    runtime/package.json, package-lock.json   Pyodide (CPython in WebAssembly), CodeMirror 6, esbuild: pinned, from npm
    runtime/requirements.txt                  SQLAlchemy's and typing_extensions' pure-Python wheels, hash-checked
    runtime/editor.mjs                        the code editor, bundled by esbuild
    .vendor/runtime/                          what `./dev runtime` builds from those (not in git); hooks/run_buttons.py
                                              copies it into the site under SERVED, with machinery/run_snippet.py
                                              (the very module the tests run) and machinery/in_browser.py

The browser downloads, on the reader's first Run, Pyodide's interpreter and LIBRARY: one zip of what the modules
in READER_MODULES import, from the standard library and the wheels alike, byte-compiled by Pyodide's own Python,
without docstrings. Anything else a reader's edit imports loads on demand from ON_DEMAND (the whole standard
library, the wheels).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from machinery.layout import REQUIREMENTS, ROOT, rel

SOURCES = ROOT / "runtime"
BUILT = ROOT / ".vendor" / "runtime"
MANIFEST = BUILT / "manifest.json"
BUILD_SCRIPT = ROOT / "machinery" / "js" / "build_runtime.mjs"
EDITOR_SOURCE = SOURCES / "editor.mjs"
WHEELS = SOURCES / "requirements.txt"
SERVED = "assets/runtime/"  # where the built site serves BUILT, and the Python files beside it
PAGE_SCRIPTS = "assets/javascripts/run/"  # run.js (the page) and worker.js (one run); docs/ holds them
BUILD_COMMAND = "./dev runtime"

INTERPRETER = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")  # from npm pyodide, unchanged
LIBRARY = "python.zip"
EDITOR = "editor.js"
ON_DEMAND = {"stdlib": "python_stdlib.zip"}  # and every wheel, under its own file name (manifest "on_demand")
PYTHON_FILES = ("run_snippet.py", "in_browser.py")  # machinery/<name>, served beside the runtime

# What the first Run downloads, ready to import: what the examples import, and what a reader's edit most often
# adds. The browser leg (tests/browser_runs) fails when an example needs a module from ON_DEMAND instead.
READER_MODULES = (
    "sqlalchemy", "sqlalchemy.orm", "sqlalchemy.exc", "sqlalchemy.orm.exc", "sqlalchemy.pool",
    "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.sqlite.pysqlite", "sqlalchemy.ext.hybrid",
    "sqlalchemy.ext.associationproxy", "sqlalchemy.ext.mutable", "sqlalchemy.ext.orderinglist",
    "sqlalchemy.ext.compiler",
    "sqlite3", "tempfile", "pathlib", "warnings", "typing", "textwrap", "gc", "collections", "dataclasses",
    "datetime", "decimal", "enum", "json", "random", "math", "uuid", "itertools", "functools", "operator", "re",
    "string", "pprint", "contextlib", "time", "copy", "traceback", "logging", "io", "weakref", "inspect",
    "fractions", "statistics", "heapq", "bisect", "csv", "hashlib", "base64", "secrets", "runpy", "pkgutil",
    "atexit",
    "linecache", "tokenize", "asyncio", "concurrent.futures", "threading", "unittest", "unittest.mock",
)


# --- building ------------------------------------------------------------------------------------------------

def _pins(text: str) -> dict[str, str]:
    return {m[1].lower().replace("_", "-"): m[2] for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.M)}


def wheel_pins() -> dict[str, str]:
    """{package: version} of runtime/requirements.txt."""
    return _pins(WHEELS.read_text(encoding="utf-8"))


def requirement_pins() -> dict[str, str]:
    """{package: version} of requirements.txt (what the tests run)."""
    return _pins(REQUIREMENTS.read_text(encoding="utf-8"))


def inputs_key() -> str:
    """Changes whenever anything the build reads changes: then `ensure()` builds again."""
    digest = hashlib.sha256(repr(READER_MODULES).encode())
    for path in (SOURCES / "package-lock.json", WHEELS, EDITOR_SOURCE, BUILD_SCRIPT):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def manifest() -> dict:
    """What the last build made (file sizes, versions, the modules in LIBRARY); raises if there is none."""
    if not MANIFEST.is_file():
        raise FileNotFoundError(f"{rel(MANIFEST)} is missing: run {BUILD_COMMAND} (it fetches Pyodide from npm and "
                                "SQLAlchemy from PyPI, and builds the browser's Python)")
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def is_current() -> bool:
    try:
        return manifest().get("key") == inputs_key()
    except FileNotFoundError:
        return False


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, check=True, **kwargs)
    except FileNotFoundError as error:
        sys.exit(f"{BUILD_COMMAND}: {command[0]} is not installed (the Run button's runtime is built with Node.js "
                 f"and npm: apt-get install nodejs npm): {error}")


def build(log=print) -> dict:
    """Fetch the pinned packages (npm ci, pip download --require-hashes) and build BUILT. Returns the manifest."""
    if not shutil.which("npm"):
        sys.exit(f"{BUILD_COMMAND}: npm is not installed (apt-get install nodejs npm)")
    log(f"runtime: npm ci in {rel(SOURCES)}")
    _run(["npm", "ci", "--silent", "--no-audit", "--no-fund"], cwd=SOURCES)
    modules = SOURCES / "node_modules"
    staging = Path(tempfile.mkdtemp(prefix="runtime-", dir=BUILT.parent if BUILT.parent.exists() else None))
    wheels = staging / "wheels"
    log("runtime: pip download (hash-checked) " + ", ".join(f"{k}=={v}" for k, v in wheel_pins().items()))
    _run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--require-hashes",
          "--no-deps", "--only-binary=:all:", "--platform", "any", "--implementation", "py", "--abi", "none",
          "--python-version", "3.14", "-r", str(WHEELS), "-d", str(wheels)])
    wheel_files = sorted(wheels.glob("*.whl"))
    log(f"runtime: byte-compiling {len(READER_MODULES)} modules and what they import, in Pyodide")
    request = {"pyodide": str(modules / "pyodide"), "wheels": [str(w) for w in wheel_files],
               "modules": list(READER_MODULES), "out": str(staging / LIBRARY)}
    report = json.loads(_run(["node", str(BUILD_SCRIPT)], input=json.dumps(request), text=True,
                             capture_output=True).stdout)
    log(f"runtime: bundling the editor ({rel(EDITOR_SOURCE)})")
    _run([str(modules / ".bin" / "esbuild"), str(EDITOR_SOURCE), "--bundle", "--minify", "--format=esm",
          "--log-level=warning", f"--outfile={staging / EDITOR}"])
    for name in INTERPRETER:
        shutil.copy2(modules / "pyodide" / name, staging / name)
    shutil.copy2(modules / "pyodide" / "python_stdlib.zip", staging / ON_DEMAND["stdlib"])
    on_demand = dict(ON_DEMAND)
    for wheel in wheel_files:
        shutil.move(wheel, staging / wheel.name)
        on_demand[wheel.name.split("-")[0].lower()] = wheel.name
    wheels.rmdir()
    pyodide_version = json.loads((modules / "pyodide" / "package.json").read_text())["version"]
    result = {
        "key": inputs_key(), "pyodide": pyodide_version, "python": report["python"], "wheels": wheel_pins(),
        "lock_info": json.loads((modules / "pyodide" / "pyodide-lock.json").read_text())["info"],
        "library_modules": report["modules"], "builtin_modules": report["builtin"], "on_demand": on_demand,
        "sizes": {p.name: p.stat().st_size for p in sorted(staging.iterdir())},
        # what the first Run transfers: the interpreter gzipped (as hosts send JavaScript and WebAssembly), the
        # library as it is (a zip, compressed already)
        "gzipped": {"first_run": sum(len(gzip.compress((staging / name).read_bytes(), 6)) for name in INTERPRETER)
                    + (staging / LIBRARY).stat().st_size},
    }
    (staging / MANIFEST.name).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if BUILT.exists():
        shutil.rmtree(BUILT)
    BUILT.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging, BUILT)
    return result


def ensure(log=print) -> dict:
    """The manifest of a current build, building first when the inputs changed (or nothing is built)."""
    return manifest() if is_current() else build(log)


# --- what the reader sees -----------------------------------------------------------------------------------

# The page's words, per language (run.js gets the buttons' from its script tag, runner.js the rest from the
# strings module hooks/run_buttons.py writes). {mb}: the first download in MB; {s}: the run's seconds; {name}: the
# program's file name. tests/test_style.py holds the Bengali to STYLE.md, and the font subset draws them.
STRINGS = {
    "bn": {
        "run": "চালান",
        "stop": "থামান",
        "edit": "বদলান",
        "reset": "মূল কোড",
        "consent": ("উদাহরণটি কোনো সার্ভারে নয়, আপনার ব্রাউজারেই চলবে। এর জন্য পাইথন ও SQLAlchemy ডাউনলোড হবে, "
                    "প্রায় {mb} MB। এরপর এই ট্যাবে উদাহরণসহ প্রতিটি পাতা আবার ডাউনলোড না করেই পাইথন আগে থেকে "
                    "চালু করে রাখবে।"),
        "consent_yes": "ডাউনলোড করে চালান",
        "consent_no": "এখন নয়",
        "loading": "পাইথন লোড হচ্ছে…",
        "running": "চলছে…",
        "finished": "শেষ হয়েছে ({s} সেকেন্ড)",
        "failed": "ত্রুটিতে থেমে গেছে ({s} সেকেন্ড)",
        "stopped": "থামানো হয়েছে",
        "load_failed": "পাইথন লোড করা গেল না; নেটওয়ার্ক দেখে আবার চালান।",
        "editor_failed": "এডিটর লোড করা গেল না; আবার বদলান চাপুন।",
        "output": "আপনার ব্রাউজারে চালানোর আউটপুট",
        "editor": "{name}-এর পাইথন কোড",
        "editor_hint": "Ctrl+Enter (Mac-এ ⌘+Enter) চাপলে চলে। এডিটর থেকে বেরোতে Esc, তারপর Tab চাপুন।",
    },
    "en": {
        "run": "Run",
        "stop": "Stop",
        "edit": "Edit",
        "reset": "Reset",
        "consent": ("This example runs in your browser, not on a server. It first downloads Python and SQLAlchemy, "
                    "about {mb} MB. After that, every page with examples in this tab starts Python ahead of your "
                    "click, without downloading it again."),
        "consent_yes": "Download and run",
        "consent_no": "Not now",
        "loading": "Loading Python…",
        "running": "Running…",
        "finished": "Finished ({s} s)",
        "failed": "Ended with an error ({s} s)",
        "stopped": "Stopped",
        "load_failed": "Python could not be loaded; check your network and press Run again.",
        "editor_failed": "The editor could not be loaded; press Edit again.",
        "output": "Output of the run in your browser",
        "editor": "Python code of {name}",
        "editor_hint": "Ctrl+Enter (⌘+Enter on a Mac) runs it. To leave the editor, press Esc, then Tab.",
    },
}

# Why an example shows no Run button, by what the browser leg found (machinery/browser_leg.py): the page's words.
REASONS = {
    "threads": {
        "bn": "এই উদাহরণটি ব্রাউজারে চলে না, কারণ এটি থ্রেড চালায়, আর ব্রাউজারের পাইথনে থ্রেড নেই। নিজের কম্পিউটারে চালান।",
        "en": "This example cannot run in the browser: it starts threads, and the browser's Python has none. Run "
              "it on your computer.",
    },
    "processes": {
        "bn": "এই উদাহরণটি ব্রাউজারে চলে না, কারণ এটি fork() দিয়ে নতুন প্রসেস তৈরি করে, আর ব্রাউজারে তা করা যায় না। "
              "নিজের কম্পিউটারে চালান।",
        "en": "This example cannot run in the browser: it creates a new process with fork(), which a browser cannot "
              "do. Run it on your computer.",
    },
    "asyncio": {
        "bn": "এই উদাহরণটি ব্রাউজারে চলে না, কারণ SQLAlchemy-র asyncio অংশ চালাতে greenlet আর থ্রেডে চলা একটি ড্রাইভার "
              "(aiosqlite) লাগে, আর ব্রাউজারের পাইথনে এর কোনোটিই নেই। নিজের কম্পিউটারে চালান।",
        "en": "This example cannot run in the browser: SQLAlchemy's asyncio support needs greenlet and a driver that "
              "runs in a thread (aiosqlite), and the browser's Python has neither. Run it on your computer.",
    },
    "package": {
        "bn": "এই উদাহরণটি ব্রাউজারে চলে না, কারণ এটি চালাতে {package} লাগে, যা ব্রাউজারের পাইথনে নেই। নিজের কম্পিউটারে চালান।",
        "en": "This example cannot run in the browser: it needs {package}, which the browser's Python does not "
              "have. Run it on your computer.",
    },
}
