"""The Run button's runtime and markup, without a browser (tests/browser/test_run.py runs it in Chromium): pinned
and hash-checked inputs, the very runner module served, the reader's words in every language, and every example
on every page either marked runnable or saying why it is not."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from hooks.run_buttons import BUTTONS, reason
from machinery.browser_leg import CANNOT_RUN, PACKAGE_NAMES, RECORD_COMMAND, cannot_run
from machinery.layout import ROOT, built_page, languages, page_names, page_path, rel
from machinery.runtime import (
    LIBRARY,
    PAGE_SCRIPTS,
    PYTHON_FILES,
    READER_MODULES,
    REASONS,
    SERVED,
    SOURCES,
    STRINGS,
    manifest,
    requirement_pins,
    wheel_pins,
)
from machinery.snippets import snippets
from machinery.verified import page_snippets


def test_the_browser_gets_the_packages_the_tests_run():
    pins, tested = wheel_pins(), requirement_pins()
    wrong = {package: (version, tested.get(package)) for package, version in pins.items()
             if tested.get(package) != version}
    assert not wrong, (f"runtime/requirements.txt pins {wrong} (browser, tests): the browser must run the version "
                       "the pages were recorded with; pin the same version and its hash (pip hash <wheel>)")
    unhashed = [line for line in (SOURCES / "requirements.txt").read_text(encoding="utf-8").splitlines()
                if "==" in line and "--hash=sha256:" not in line]
    assert not unhashed, f"runtime/requirements.txt: every wheel needs its --hash=sha256: {unhashed}"


def test_npm_packages_are_pinned_and_locked():
    declared = json.loads((SOURCES / "package.json").read_text(encoding="utf-8"))["dependencies"]
    loose = {name: spec for name, spec in declared.items() if not re.fullmatch(r"\d+\.\d+\.\d+", spec)}
    assert not loose, f"runtime/package.json: pin exact versions (npm install --save-exact): {loose}"
    lock = json.loads((SOURCES / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    unchecked = [path for path, entry in lock.items() if path and not entry.get("integrity")]
    assert not unchecked, f"runtime/package-lock.json: packages without an integrity hash: {unchecked}"
    assert lock["node_modules/pyodide"]["version"] == manifest()["pyodide"]


def test_the_library_holds_every_reader_module():
    library = {*manifest()["library_modules"], *manifest()["builtin_modules"]}
    missing = [name for name in READER_MODULES if name not in library]
    assert not missing, f"{LIBRARY} lacks {missing}: rebuild it (./dev runtime)"


def test_the_site_serves_the_runners_own_python_files(site):
    changed = [name for name in PYTHON_FILES
               if (site / SERVED / name).read_bytes() != (ROOT / "machinery" / name).read_bytes()]
    assert not changed, f"the site serves other {changed} than machinery/ holds: the browser must run that very code"


def test_the_readers_words_exist_in_every_language():
    problems = []
    for lang in languages():
        if set(STRINGS.get(lang, {})) != set(STRINGS["en"]):
            problems.append(f"STRINGS[{lang!r}] has not the keys {sorted(STRINGS['en'])}")
        for kind, texts in REASONS.items():
            if not texts.get(lang) or set(re.findall(r"\{\w+\}", texts[lang])) != set(
                    re.findall(r"\{\w+\}", texts["en"])):
                problems.append(f"REASONS[{kind!r}][{lang!r}] is missing or has other placeholders than English")
    assert not problems, "machinery/runtime.py: " + "; ".join(problems)


def test_the_record_of_what_cannot_run_names_snippets_and_known_reasons():
    known = {rel(s).removeprefix("snippets/") for s in snippets()}
    wrong = {name: why for name, why in cannot_run().items()
             if name not in known or why.partition(":")[0] not in REASONS
             or (why.startswith("package:") and why.partition(":")[2] not in PACKAGE_NAMES)}
    assert not wrong, f"{rel(CANNOT_RUN)}: {wrong}; it is written by {RECORD_COMMAND}, not by hand"


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("name", page_names())
def test_every_example_has_a_run_button_or_says_why_not(site, name, lang):
    html = built_page(site, name, lang).read_text(encoding="utf-8")
    shown = [rel(p).removeprefix("snippets/") for p in page_snippets(page_path(name, lang).read_text("utf-8"))]
    marked = re.findall(r'data-run="([^"]+)"', html)
    notes = [unescape(n) for n in re.findall(r'<p class="run-note">([^<]*)</p>', html)]
    runnable = [s for s in shown if s not in cannot_run()]
    assert marked == runnable, f"{rel(page_path(name, lang))}: Run buttons on {marked}, expected {runnable}"
    assert notes == [reason(s, lang) for s in shown if s in cannot_run()], (
        f"{rel(page_path(name, lang))}: the reasons under the examples that cannot run are {notes}")
    script = re.search(r'<script type="module" src="[^"]*' + re.escape(PAGE_SCRIPTS) + r'run\.js" '
                       r'data-run-labels="([^"]+)">', html)
    if not runnable:
        assert script is None, f"{rel(page_path(name, lang))} loads run.js but has nothing to run"
    else:
        assert script, f"{rel(page_path(name, lang))} has examples to run but does not load run.js"
        assert unescape(script[1]).split("|") == [STRINGS[lang][action] for action in BUTTONS]
