"""The writing rules of STYLE.md ("Ruled out") hold on every page of their language: one register, one word per
concept; and a page's prose is in its own language (no paragraph, list item or note mostly in the other one).
A breach names the page, the line and what to write instead."""

from __future__ import annotations

import pytest

from machinery.layout import languages, page_language, pages, rel
from machinery.runtime import REASONS, STRINGS
from machinery.style import STYLE, WRONG_LANGUAGE, prose, rules, wrong_language_blocks


def test_style_has_rules():
    assert rules(), f"{STYLE.name}: the 'Ruled out' block holds no rules"


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.name)
def test_page_keeps_the_style(path):
    text = prose(path.read_text(encoding="utf-8"))
    lang = page_language(path)
    found = [f"{rel(path)}:{line}: {word!r}: write {rule.write} (rule {rule.not_.pattern!r})"
             for rule in rules() if rule.lang == lang for line, word in rule.breaches(text)]
    assert not found, f"{len(found)} breach(es) of {STYLE.name}:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", languages())
def test_the_run_buttons_words_keep_the_style(lang):
    """What the Run button says (machinery/runtime.py STRINGS, REASONS) is held to the pages' rules."""
    text = "\n".join([*STRINGS[lang].values(), *(texts[lang] for texts in REASONS.values())])
    found = [f"machinery/runtime.py: {word!r}: write {rule.write} (rule {rule.not_.pattern!r})"
             for rule in rules() if rule.lang == lang for _, word in rule.breaches(text)]
    assert not found, f"{len(found)} breach(es) of {STYLE.name}:\n" + "\n".join(found)


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.name)
def test_prose_is_in_the_page_language(path):
    lang = page_language(path)
    found = wrong_language_blocks(path.read_text(encoding="utf-8"), lang)
    share, fewest = WRONG_LANGUAGE[lang]
    assert not found, (
        f"{rel(path)} is a {lang} page, but these blocks are mostly in the other language (at least {fewest} "
        f"words and {share:.0%} of them; code, link targets and “quoted” text aside): translate them, or, if "
        "a block was pasted from the other language's page, write it in this one:\n"
        + "\n".join(f"{rel(path)}:{line}: {ratio:.0%} other-language words: {words} …" for line, ratio, words in found)
    )


def test_prose_language_check_catches_a_pasted_paragraph(tmp_path):
    """The drill: an English paragraph inside a Bengali page, and a Bengali one inside an English page."""
    english = "A Session keeps every object it loaded until it is closed, and a second query does not reload it."
    bengali = "সেশন যে অবজেক্ট লোড করেছে, বন্ধ না হওয়া পর্যন্ত সেটি ধরে রাখে, আর দ্বিতীয় কোয়েরি সেটি আবার লোড করে না।"
    assert [line for line, _, _ in wrong_language_blocks(f"# শিরোনাম\n\n{bengali}\n\n{english}\n", "bn")] == [5]
    assert [line for line, _, _ in wrong_language_blocks(f"# Title\n\n{english}\n\n- {bengali}\n", "en")] == [5]
