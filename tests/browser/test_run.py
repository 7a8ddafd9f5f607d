"""The Run button, in Chromium, from the built site on loopback (no other host resolves): every example the
browser can run prints its record when a reader clicks Run, in every language; those recorded as unable to run
still cannot, for the recorded reason (machinery/browser_leg.py); editing, Reset, Stop, tracebacks, warnings,
on-demand modules and a later page's ready Python work as a reader expects.

Each run starts a fresh Python (about a second of CPU), so the tests that run programs are marked `matrix`:
./dev test --matrix and CI run them; the default suite checks only that a first view loads none of it
(test_pages.py). They wait for the output's state, never for time.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

import pytest

from machinery.browser import script
from machinery.browser_leg import CANNOT_RUN, RECORD_COMMAND, cannot_run, expected_output, limit_met, run_in_browser
from machinery.layout import SNIPPETS, default_language, languages, page_path, page_url, rel
from machinery.runtime import PAGE_SCRIPTS, SERVED
from machinery.syntax import copyable_source
from machinery.verified import page_snippets
from tests.browser.helpers import browser_work, where
from tests.test_snippets import diff

pytestmark = pytest.mark.matrix

RUN_TIMEOUT_S = 180  # a whole page of runs, each a cold start on a loaded machine
SHOWN = "snippets/opening-and-closing/with_block.py"  # the example the interaction tests edit
SHOWN_PAGE = "opening-and-closing"


def runnable(name: str, lang: str) -> list[str]:
    """The programs a page shows that the browser can run ("<page>/<name>.py"), in page order."""
    shown = [rel(p).removeprefix("snippets/") for p in page_snippets(page_path(name, lang).read_text("utf-8"))]
    return [s for s in shown if s not in cannot_run()]


RUN_PAGES = [(lang, name) for name in sorted({p.parent.name for p in SNIPPETS.glob("*/*.py")})
             for lang in languages() if runnable(name, lang)]

_slots: asyncio.Semaphore | None = None


@asynccontextmanager
async def a_reader(browser, viewport=None):
    """A browser context of its own (its HTTP cache on, as a reader's), for one of two pages at a time: each run
    is a Python of its own, and the machine has two cores."""
    global _slots
    _slots = _slots or asyncio.Semaphore(2)
    async with _slots:
        context = await browser.chromium.new_context(viewport=viewport or {"width": 1280, "height": 900})
        try:
            yield context
        finally:
            await context.close()


async def open_page(context, browser, name: str, lang: str):
    page = await context.new_page()
    await page.goto(page_url(browser.url, name, lang), wait_until="load")
    return page


def pythons(page) -> list:
    """The page's Run button workers (Material's search has a worker too)."""
    return [worker for worker in page.workers if worker.url.endswith(PAGE_SCRIPTS + "worker.js")]


# --- every runnable example, in every language ---------------------------------------------------------------

async def run_every_example(browser, site, lang, name):
    async with a_reader(browser) as context:
        origin = "/".join(browser.url.split("/")[:3]) + "/"
        elsewhere = []  # (no other host resolves in this Chromium: such a request would fail, and be named here)
        context.on("request", lambda request: request.url.startswith((origin, "data:", "blob:"))
                   or elsewhere.append(request.url))
        page = await open_page(context, browser, name, lang)
        marked = await page.eval_on_selector_all("[data-run]", "blocks => blocks.map(b => b.dataset.run)")
        before = {"workers": len(pythons(page))}
        results = {}
        for i, snippet in enumerate(marked):
            results[snippet] = await asyncio.wait_for(page.evaluate(script("run_example.js"), [i, i == 0]),
                                                      RUN_TIMEOUT_S)
        return {"marked": marked, "before": before, "results": results, "elsewhere": elsewhere}


@pytest.mark.parametrize(("lang", "name"), RUN_PAGES, ids=[f"{lang}:{name}" for lang, name in RUN_PAGES])
@browser_work(run_every_example)
def test_every_runnable_example_prints_its_record(work, lang, name):
    assert work["marked"] == runnable(name, lang), (
        f"{where(lang, name)}: the examples with a Run button are {work['marked']}, but the page shows "
        f"{runnable(name, lang)} that the browser can run ({rel(CANNOT_RUN)} lists the others)")
    assert work["before"]["workers"] == 0, f"{where(lang, name)}: a Python started before the reader clicked Run"
    assert not work["elsewhere"], f"{where(lang, name)}: the runs asked other hosts for {work['elsewhere']}"
    problems = []
    for snippet, run in work["results"].items():
        expected, got = expected_output(SNIPPETS / snippet), run["stdout"].rstrip() + "\n"
        if run["state"] != "finished" or run["stderr"]:
            problems.append(f"{snippet}: the run {run['state']}; stderr:\n{run['stderr']}\nIf the browser cannot "
                            f"run it, record why: {RECORD_COMMAND} snippets/{snippet}")
        elif got != expected:
            problems.append(f"{snippet} printed something else in the browser:\n"
                            f"{diff(expected, got, 'recorded', 'browser')}"
                            f"If that is how the browser's Python differs, record it: {RECORD_COMMAND} "
                            f"snippets/{snippet}")
        if run["on_demand"]:
            problems.append(f"{snippet} imported {run['on_demand']} on demand (a second download): add them to "
                            "READER_MODULES in machinery/runtime.py")
    assert not problems, f"{where(lang, name)}:\n" + "\n".join(problems)


# --- the examples recorded as unable to run ------------------------------------------------------------------

async def run_the_ones_that_cannot(browser, site):
    async with a_reader(browser) as context:
        page = await open_page(context, browser, "index", default_language())
        return {name: await run_in_browser(page, SNIPPETS / name) for name in cannot_run()}


@browser_work(run_the_ones_that_cannot)
def test_examples_recorded_as_unable_to_run_still_cannot(work):
    problems = []
    for name, reason in cannot_run().items():
        run = work[name]
        if run.ok and not run.stderr:
            problems.append(f"{name} runs in the browser now: record it ({RECORD_COMMAND} snippets/{name}), and "
                            "its page gets a Run button")
        elif limit_met(run.stderr) != reason:
            problems.append(f"{name} was recorded as unable to run ({reason}), but now fails with:\n{run.stderr}")
    assert not problems, "\n".join(problems)


# --- what a reader does with one example --------------------------------------------------------------------

async def edit(page, code: str) -> None:
    """Open the editor under the first example (if it is not open) and replace its text, typing as a reader."""
    if await page.locator(".cm-content").count() == 0:
        await page.locator(".run-edit").first.click()
    await page.locator(".cm-content").click()  # (waits for the editor to load)
    await page.keyboard.press("Control+A")
    await page.keyboard.insert_text(code)


async def run_first(page, agree: bool = False) -> dict:
    return await asyncio.wait_for(page.evaluate(script("run_example.js"), [0, agree]), RUN_TIMEOUT_S)


async def edit_run_reset(browser, site):
    async with a_reader(browser) as context:
        page = await open_page(context, browser, SHOWN_PAGE, default_language())
        found = {"original": await run_first(page, agree=True)}
        await edit(page, 'title = "নমস্কার"\nprint(title, len(title), 6 * 7)\n')
        found["copy_text"] = await page.locator("[data-run] [data-clipboard-target]").first.get_attribute(
            "data-clipboard-text")
        found["edited"] = await run_first(page)
        await page.locator(".run-reset").first.click()
        found["copy_after_reset"] = await page.locator("[data-run] [data-clipboard-target]").first.get_attribute(
            "data-clipboard-text")
        found["reset"] = await run_first(page)
        await page.keyboard.press("Control+Z")  # Reset is one change in the editor: undo takes it back
        found["copy_after_undo"] = await page.locator("[data-run] [data-clipboard-target]").first.get_attribute(
            "data-clipboard-text")
        return found


@browser_work(edit_run_reset)
def test_an_edited_example_runs_the_edited_code_and_reset_brings_back_the_original(work):
    record = expected_output(SNIPPETS.parent / SHOWN)
    assert work["original"]["stdout"].rstrip() + "\n" == record
    assert work["edited"]["state"] == "finished", work["edited"]
    assert work["edited"]["stdout"] == "নমস্কার 7 42\n", (
        f"the edited program (Bengali text in the editor) printed {work['edited']['stdout']!r}")
    assert work["copy_text"].startswith('title = "নমস্কার"'), "Copy does not copy the edited code"
    original = copyable_source((SNIPPETS.parent / SHOWN).read_text(encoding="utf-8")) + "\n"
    assert work["copy_after_reset"] == original, "after Reset, the editor (and Copy) does not hold the original"
    assert work["reset"]["stdout"].rstrip() + "\n" == record, "after Reset, Run does not run the original"
    assert work["copy_after_undo"].startswith('title = "নমস্কার"'), "undo does not bring the edit back after Reset"


async def stop_an_endless_loop(browser, site):
    async with a_reader(browser) as context:
        page = await open_page(context, browser, SHOWN_PAGE, default_language())
        await edit(page, 'print("started")\nwhile True:\n    pass\n')
        await page.locator(".run-run").first.click()
        await page.locator(".run-consent button").first.click()
        output = page.locator(".run-output").first
        await output.locator("code", has_text="started").wait_for()
        state_while_running = await output.get_attribute("data-state")
        await page.locator(".run-stop").first.click()
        found = {"while_running": state_while_running, "after_stop": await output.get_attribute("data-state"),
                 "stop_hidden": await page.locator(".run-stop").first.is_hidden()}
        await page.locator(".run-reset").first.click()
        found["again"] = await run_first(page)
        return found


@browser_work(stop_an_endless_loop)
def test_stop_ends_an_endless_loop_and_the_next_run_works(work):
    assert work["while_running"] == "running"
    assert work["after_stop"] == "stopped" and work["stop_hidden"], work
    assert work["again"]["stdout"].rstrip() + "\n" == expected_output(SNIPPETS.parent / SHOWN)


async def errors_and_warnings(browser, site):
    async with a_reader(browser) as context:
        page = await open_page(context, browser, SHOWN_PAGE, default_language())
        found = {"first": await run_first(page, agree=True)}
        await edit(page, 'def divide(a, b):\n    return a / b\n\nprint("before")\ndivide(1, 0)\n')
        found["error"] = await run_first(page)
        await edit(page, 'import warnings\n\nwarnings.warn("careful")\nprint("after the warning")\n')
        found["warning"] = [await run_first(page), await run_first(page)]
        return found


@browser_work(errors_and_warnings)
def test_an_error_shows_its_traceback_and_a_warning_shows_on_every_run(work):
    error = work["error"]
    assert error["state"] == "failed" and error["stdout"] == "before\n", error
    program = f'File "/home/pyodide/{SHOWN.rsplit("/", 1)[1]}"'
    assert error["stderr"].startswith("Traceback (most recent call last):\n"), error["stderr"]
    assert f"{program}, line 5, in <module>" in error["stderr"], error["stderr"]
    assert f"{program}, line 2, in divide" in error["stderr"], error["stderr"]
    assert error["stderr"].rstrip().endswith("ZeroDivisionError: division by zero"), error["stderr"]
    assert "run_snippet" not in error["stderr"] and "runpy" not in error["stderr"], (
        "the traceback shows the runner's own frames, which `python program.py` would not:\n" + error["stderr"])
    for run in work["warning"]:  # a fresh Python each run: its warnings registry is new too
        assert run["state"] == "finished" and run["stdout"] == "after the warning\n", run
        assert "UserWarning: careful" in run["stderr"], run


async def import_on_demand(browser, site):
    async with a_reader(browser) as context:
        page = await open_page(context, browser, SHOWN_PAGE, default_language())
        await edit(page, "from xml.dom.minidom import parseString\n"
                         "from sqlalchemy import column, select\n"
                         "from sqlalchemy.dialects import postgresql\n\n"
                         'print(parseString("<movie/>").documentElement.tagName)\n'
                         'print(select(column("title")).limit(1).compile(dialect=postgresql.dialect()))\n')
        return await run_first(page, agree=True)


@browser_work(import_on_demand)
def test_a_module_outside_the_library_loads_on_demand(work):
    assert work["state"] == "finished", work
    assert work["stdout"] == "movie\nSELECT title\n LIMIT %(param_1)s::INTEGER\n", work["stdout"]
    assert work["on_demand"] == ["xml", "sqlalchemy.dialects.postgresql"], work["on_demand"]  # what was missing


async def later_page_of_the_visit(browser, site):
    async with a_reader(browser, viewport={"width": 390, "height": 844}) as context:
        page = await open_page(context, browser, SHOWN_PAGE, default_language())
        first = await run_first(page, agree=True)
        await page.goto(page_url(browser.url, "transactions", default_language()), wait_until="load")
        await page.wait_for_selector("html[data-run-python=ready]")  # started without a click
        return {"first": first, "later": await run_first(page)}


@browser_work(later_page_of_the_visit)
def test_a_later_page_of_the_visit_has_python_ready_before_the_click(work):
    assert work["first"]["state"] == "finished"
    assert work["later"]["state"] == "finished" and not work["later"]["stderr"], work["later"]


async def not_now(browser, site):
    async with a_reader(browser) as context:
        page = await open_page(context, browser, SHOWN_PAGE, default_language())
        requested = []
        page.on("request", lambda request: requested.append(request.url))
        await page.locator(".run-run").first.click()
        await page.locator(".run-consent button").nth(1).click()
        await page.locator(".run-consent").wait_for(state="detached")
        return {"runtime": [u for u in requested if SERVED in u], "workers": len(pythons(page)),
                "output_hidden": await page.locator(".run-output").first.is_hidden()}


@browser_work(not_now)
def test_not_now_downloads_nothing(work):
    assert work == {"runtime": [], "workers": 0, "output_hidden": True}, work


async def from_a_file(browser, site):
    async with a_reader(browser) as context:
        page = await context.new_page()
        await page.goto((site / SHOWN_PAGE / "index.html").as_uri(), wait_until="load")
        return {"bars": await page.locator(".run-bar").count(), "marked": await page.locator("[data-run]").count()}


@browser_work(from_a_file)
def test_a_page_opened_from_a_file_shows_no_run_button(work):
    assert work["marked"] > 0 and work["bars"] == 0, work
