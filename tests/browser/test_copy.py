"""The copy button copies the program as it runs: no markers, no prompts, the same in every language, and it
prints the recorded output (the programs were run as copied, with another hash seed, by tests/conftest.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from machinery.layout import ROOT, default_language, languages, page_names, page_path, rel
from machinery.snippets import record_path
from machinery.syntax import code_blocks, copyable_source
from tests.browser.helpers import where


@pytest.mark.parametrize("name", page_names())
def test_copy_button_copies_the_runnable_program(visits, snippet_runs, name):
    texts: dict[str, dict[str, str]] = {}
    for lang in languages():
        for title, text in visits[lang, name].result().copied.items():
            texts.setdefault(title, {})[lang] = text
    source = {lang: page_path(name, lang).read_text(encoding="utf-8") for lang in languages()}
    blocks = [b for b in code_blocks(source[default_language()]) if b.language == "python"]
    snippets = {Path(b.include).name: ROOT / b.include for b in blocks if b.include}
    inline = [b.body for b in blocks if not b.include]
    problems = []
    for title, by_lang in texts.items():
        text = next(iter(by_lang.values()))
        if len(set(by_lang.values())) > 1 or len(by_lang) < len(languages()):
            problems.append(f"{title}: not the same copy in every language ({sorted(by_lang)})")
        if re.search(r"^\s*(>>>|\$ )", text, re.M) or re.search(r"#\s*\(\d+\)", text):
            problems.append(f"{title}: the copy holds prompts or code-note markers:\n{text}")
        lines = [line.rstrip() for line in text.splitlines()]
        if title in snippets:
            snippet = snippets[title]
            if lines != copyable_source(snippet.read_text(encoding="utf-8")).splitlines():
                problems.append(f"{title}: the copy is not the program in {rel(snippet)} (less its markers)")
                continue
            run = snippet_runs.copied[snippet].result()
            if run.failure():
                problems.append(f"{title}: the copied program fails: {run.failure()}")
            elif run.shown != record_path(snippet).read_text(encoding="utf-8"):
                problems.append(f"{title}: the copied program does not print what {rel(record_path(snippet))} records")
        elif text.strip("\n") not in [body.strip("\n") for body in inline]:
            problems.append(f"{title}: the copy is not the code of any Python block of "
                            f"{rel(page_path(name, default_language()))} (inline blocks are run by "
                            "tests/test_inline_examples.py)")
    assert not problems, (
        f"copy buttons on {where(default_language(), name)} and its translations:\n" + "\n".join(problems)
    )
