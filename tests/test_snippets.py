"""Every snippet runs (fresh interpreter, warnings as errors, no files left) and prints exactly its record."""

import difflib

import pytest

from harness import RECORD_COMMAND, record_path, rel, snippets


@pytest.mark.parametrize("snippet", snippets(), ids=lambda p: rel(p))
def test_snippet_output_matches_record(snippet, snippet_runs):
    run = snippet_runs[snippet].result()
    if failure := run.failure():
        pytest.fail(failure, pytrace=False)
    record = record_path(snippet)
    if not record.exists():
        pytest.fail(f"{rel(snippet)} has no recorded output {rel(record)}. Record it with: {RECORD_COMMAND}", pytrace=False)
    expected = record.read_text(encoding="utf-8")
    if run.shown != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), run.shown.splitlines(keepends=True),
            fromfile=f"{rel(record)} (recorded, shown on the page)", tofile=f"{rel(snippet)} (this run)",
        ))
        pytest.fail(
            f"{rel(snippet)} no longer prints what its page shows.\n{diff}\n"
            f"If the change is intended, re-record with `{RECORD_COMMAND}` and check the pages that include "
            f"{rel(record)} still say what it shows.",
            pytrace=False,
        )
