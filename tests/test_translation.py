"""Each page pair was last checked as saying the same in both languages against the pages as they are now
(machinery/translation.py): a page changed in one language only fails here, naming both files and what changed."""

from __future__ import annotations

import pytest

from machinery.layout import default_language, page_names, page_path, rel
from machinery.translation import KEY, changes_since, counterpart, fingerprint, meaning, record, recorded


@pytest.mark.parametrize("name", page_names())
def test_each_page_was_checked_against_its_counterpart_as_it_is(name):
    path = page_path(name, default_language())
    problems = []
    for page, other in ((path, counterpart(path)), (counterpart(path), path)):
        wanted, now = recorded(page.read_text(encoding="utf-8")), fingerprint(other.read_text(encoding="utf-8"))
        if wanted is None:
            problems.append(f"{rel(page)} records no `{KEY}:` in its front matter: check that it says what "
                            f"{rel(other)} says, then run `./dev translated {name}`")
        elif wanted != now:
            problems.append(
                f"{rel(other)} changed since {rel(page)} was last checked against it. Bring {rel(page)} in step "
                f"(or the other way round), then run `./dev translated {name}`. What changed in {rel(other)}:\n"
                + changes_since(other, wanted))
    assert not problems, "\n\n".join(problems)


def test_fingerprint_ignores_line_breaks_and_its_own_record_only(tmp_path):
    page = "---\ndescription: x\n---\n\n# T { #t }\n\nOne sentence\nwrapped.\n"
    assert fingerprint(page) == fingerprint(page.replace("sentence\nwrapped", "sentence   wrapped"))
    assert fingerprint(page) != fingerprint(page.replace("One", "Two"))
    path = tmp_path / "p.md"
    path.write_text(page, encoding="utf-8")
    record(path, "abc123")
    assert recorded(path.read_text(encoding="utf-8")) == "abc123"
    assert fingerprint(path.read_text(encoding="utf-8")) == fingerprint(page)
    record(path, "def456")
    assert path.read_text(encoding="utf-8").count(KEY) == 1 and meaning(page)[-1] == "One sentence wrapped."
