"""Every snippet runs (fresh interpreter, warnings as errors, no files left, held to a reader's machine: see
machinery/run_snippet.py) and prints exactly its record; and it prints the same when a reader runs it."""

import difflib

import pytest

from machinery.layout import rel
from machinery.snippets import OTHER_HASH_SEED, RECORD_COMMAND, record_path, snippets


def diff(expected: str, got: str, expected_name: str, got_name: str) -> str:
    return "".join(difflib.unified_diff(expected.splitlines(keepends=True), got.splitlines(keepends=True),
                                        fromfile=expected_name, tofile=got_name))


@pytest.mark.parametrize("snippet", snippets(), ids=rel)
def test_snippet_output_matches_record(snippet, snippet_runs):
    run = snippet_runs.recorded[snippet].result()
    if failure := run.failure():
        pytest.fail(failure, pytrace=False)
    record = record_path(snippet)
    if not record.exists():
        pytest.fail(f"{rel(snippet)} has no recorded output {rel(record)}. Record it with: {RECORD_COMMAND}",
                    pytrace=False)
    expected = record.read_text(encoding="utf-8")
    if run.shown != expected:
        pytest.fail(
            f"{rel(snippet)} no longer prints what its page shows.\n"
            + diff(expected, run.shown, f"{rel(record)} (recorded, shown on the page)", f"{rel(snippet)} (this run)")
            + "\n"
            f"If the change is intended, re-record with `{RECORD_COMMAND}` and check the pages that include "
            f"{rel(record)} still say what it shows.",
            pytrace=False,
        )


@pytest.mark.parametrize("snippet", snippets(), ids=rel)
def test_a_reader_run_prints_the_same(snippet, snippet_runs):
    """The program as copied from the page, run with another hash seed (every reader's run has its own), prints
    what the recorded run printed: nothing it shows may depend on the order of a set or on hash values."""
    recorded, copied = snippet_runs.recorded[snippet].result(), snippet_runs.copied[snippet].result()
    if recorded.failure():
        pytest.skip("the recorded run fails: see test_snippet_output_matches_record")
    if failure := copied.failure():
        pytest.fail(f"as a reader copies it from the page (markers removed): {failure}", pytrace=False)
    if copied.shown != recorded.shown:
        pytest.fail(
            f"{rel(snippet)} prints something else with PYTHONHASHSEED={OTHER_HASH_SEED}, as a reader's run may:\n"
            f"{diff(recorded.shown, copied.shown, 'the recorded run', f'PYTHONHASHSEED={OTHER_HASH_SEED}')}\n"
            "Print sets and what comes from them in a fixed order (sorted(...)), never in hash order.",
            pytrace=False,
        )
