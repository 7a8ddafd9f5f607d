"""The writing rules of STYLE.md ("Ruled out") hold on every page of their language: one register, one word per
concept. A breach names the page, the line and what to write instead."""

from __future__ import annotations

import pytest

from machinery.layout import page_language, pages, rel
from machinery.style import STYLE, prose, rules


def test_style_has_rules():
    assert rules(), f"{STYLE.name}: the 'Ruled out' block holds no rules"


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.name)
def test_page_keeps_the_style(path):
    text = prose(path.read_text(encoding="utf-8"))
    lang = page_language(path)
    found = [f"{rel(path)}:{line}: {word!r}: write {rule.write} (rule {rule.not_.pattern!r})"
             for rule in rules() if rule.lang == lang for line, word in rule.breaches(text)]
    assert not found, f"{len(found)} breach(es) of {STYLE.name}:\n" + "\n".join(found)
