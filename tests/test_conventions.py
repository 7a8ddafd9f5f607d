"""Conventions a growing site breaks first, each checked at its source and named: every page in nav with its
label translated, a snippet folder per page, versions copied into overrides kept in step, and the README's
map of the repository complete."""

import re
from importlib.metadata import version
from pathlib import Path

import pytest

from machinery.layout import (
    MKDOCS_YML,
    ROOT,
    default_language,
    languages,
    nav_entries,
    nav_translations,
    other_languages,
    page_name,
    page_names,
    pages,
    rel,
)
from machinery.matrix import CANNOT_APPLY, LEGS
from machinery.snippets import snippet_page, snippets
from machinery.style import rules
from machinery.syntax import BENGALI, includes


def line_of(path: Path, needle: str) -> int:
    return next((i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line), 0)


def test_every_page_is_in_nav():
    listed = {page_name(ROOT / "docs" / file) for _, file in nav_entries() if file}
    missing = [name for name in page_names() if name not in listed]
    assert not missing, (
        f"pages not in mkdocs.yml's nav: {[f'docs/{name}.md' for name in missing]}. Add each under `nav:` with a "
        "Bengali label, and add that label's English to `nav_translations`."
    )


@pytest.mark.parametrize("lang", other_languages())
def test_every_nav_label_is_translated(lang):
    translated = nav_translations(lang)
    problems = []
    for label, _ in nav_entries():
        if label is None:
            continue
        if label not in translated:
            problems.append(f"mkdocs.yml:{line_of(MKDOCS_YML, label + ':')}: {label!r} has no {lang} "
                            "nav_translations entry, so the English site shows it as it is")
        elif lang == "en" and BENGALI.search(translated[label]):
            problems.append(f"mkdocs.yml:{line_of(MKDOCS_YML, translated[label])}: the {lang} label of {label!r} "
                            f"is {translated[label]!r}, not English")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", languages())
def test_nav_labels_keep_the_style(lang):
    """A nav label is a link text too (a section of another page's navigation links to its first page), so the
    link-text rules of STYLE.md apply to it: "Start" is as vague a link as "here" (Lighthouse's SEO audit too)."""
    labels = [label for label, _ in nav_entries() if label is not None]
    if lang != default_language():
        labels = [nav_translations(lang).get(label, label) for label in labels]
    found = [f"mkdocs.yml:{line_of(MKDOCS_YML, label)}: {label!r}: write {rule.write}"
             for label in labels for rule in rules() if rule.lang == lang and rule.breaches(f"[{label}]")]
    assert not found, "nav labels that break STYLE.md's rules:\n" + "\n".join(found)


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_a_page_shows_only_its_own_snippets(page):
    """snippets/<page>/ belongs to docs/<page>.md and its translations: a page that shows another page's example
    breaks when that page is rewritten, and the snippet's code notes are explained in one place."""
    name = page_name(page)
    foreign = [path for path in includes(page.read_text(encoding="utf-8"))
               if path.startswith("snippets/") and snippet_page(ROOT / path) != name]
    assert not foreign, (
        f"{rel(page)} includes {foreign}: examples shown on docs/{name}.md live in snippets/{name}/. Move or copy "
        "the program there, or link to the page that shows it."
    )


MATERIAL_VERSION = re.compile(r"Material (?P<version>\d+\.\d+\.\d+)")


@pytest.mark.parametrize("path", sorted((ROOT / "overrides").rglob("*.html")), ids=rel)
def test_copied_partials_name_the_pinned_material(path):
    """A partial copied from Material says which version it was copied from; after an upgrade it must be
    compared with the new one, and its comment updated."""
    pinned = version("mkdocs-material")
    named = {m["version"] for m in MATERIAL_VERSION.finditer(path.read_text(encoding="utf-8"))}
    assert named <= {pinned}, (
        f"{rel(path)} was copied from Material {', '.join(sorted(named))}, but mkdocs-material {pinned} is pinned. "
        f"Compare it with material/templates/{path.relative_to(ROOT / 'overrides')} of {pinned}, carry its changes "
        "over, and update the version in the comment."
    )


def newcomer_files() -> list[str]:
    """The files a newcomer meets: the machinery, hooks, tests, overrides and the top-level set-up."""
    found = [p for folder in ("machinery", "hooks", "tests", "overrides") for p in (ROOT / folder).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"]
    top = ["dev", ".ci/run", "mkdocs.yml", "pyproject.toml", "pytest.ini", "requirements.txt",
           "requirements-sqlalchemy20.txt", ".github/workflows/publish.yml"]
    return sorted(rel(p) for p in found) + top


def test_readme_names_every_file_a_newcomer_meets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    unnamed = [path for path in newcomer_files()
               if f"`{path}`" not in readme and not any(f"`{folder}`" in readme for folder in folders_of(path))]
    assert not unnamed, (
        f"README.md does not name {unnamed}. Add each to its layout table (a folder row such as `tests/browser/js/` "
        "covers the files in it), saying in a few words what it is for."
    )


def folders_of(path: str) -> list[str]:
    parts = path.split("/")[:-1]
    return ["/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1)]


def test_legs_that_cannot_apply_name_a_snippet_a_leg_and_why():
    known = {rel(s) for s in snippets()}
    wrong = [f"{path} {leg}: {why!r}" for path, legs in CANNOT_APPLY.items() for leg, why in legs.items()
             if path not in known or leg not in LEGS or len(str(why).split()) < 4]
    assert not wrong, ("machinery/matrix.py CANNOT_APPLY: each entry names an existing snippet, a leg of LEGS "
                       "and, in a sentence, why that leg cannot apply:\n" + "\n".join(wrong))
