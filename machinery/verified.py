"""What every page with examples tells its reader it was verified on: the SQLAlchemy versions and databases the
build runs each snippet on, read from the pins (requirements.txt, and the matrix's requirements-sqlalchemy20.txt)
and the matrix's legs (machinery/matrix.py), never typed by hand. hooks/verified_on.py puts the sentence at the
end of each such page; tests/test_site.py checks it."""

from __future__ import annotations

import re
from functools import cache
from html import escape
from pathlib import Path

from machinery.layout import REQUIREMENTS, ROOT
from machinery.matrix import CANONICAL, LEGS, SA20_PYTHON, legs_of
from machinery.syntax import includes

SA20_REQUIREMENTS = ROOT / "requirements-sqlalchemy20.txt"  # what .venv-sa20 (the 2.0 legs) is made from
DATABASES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
HOW_TO_RUN = "#how-to-read-the-examples"  # the start page's section on running the examples yourself
CSS_CLASS = "verified-on"

_SENTENCE = {  # {versions}, {databases}: "2.1.9 ও 2.0.58" / "2.1.9 and 2.0.58"; {link}: HOW_TO_RUN on the start page
    "bn": ("এই পাতার প্রতিটি উদাহরণ সাইট তৈরির সময় চালিয়ে যাচাই করা হয়েছে: SQLAlchemy {versions}-এ, {databases}-এ। "
           '<a href="{link}">নিজে কীভাবে চালাবেন</a>'),
    "en": ("Every example on this page was run and checked when the site was built: on SQLAlchemy {versions}, with "
           '{databases}. <a href="{link}">How to run them yourself</a>'),
}
_AND = {"bn": " ও ", "en": " and "}


def _pin(path, package: str = "SQLAlchemy") -> str:
    found = re.search(rf"^{package}==(\S+)", path.read_text(encoding="utf-8"), re.M)
    if not found:
        raise LookupError(f"{path.name} pins no {package}==VERSION")
    return found[1]


@cache
def versions() -> tuple[str, ...]:
    """The SQLAlchemy versions every snippet runs on: the pages' records, then the 2.0 legs."""
    return (_pin(REQUIREMENTS), _pin(SA20_REQUIREMENTS))


def _leg(leg: str) -> tuple[str, str]:
    """A leg's SQLAlchemy version and database name."""
    if leg == CANONICAL:
        return versions()[0], DATABASES["sqlite"]
    python, database, _ = LEGS[leg]
    return versions()[1 if python == SA20_PYTHON else 0], DATABASES[database]


@cache
def databases() -> tuple[str, ...]:
    return tuple(dict.fromkeys(_leg(leg)[1] for leg in [CANONICAL, *LEGS]))


def covered(snippets) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The versions and the databases that every one of `snippets` ran on (a leg that cannot apply to one of
    them, machinery/matrix.py's CANNOT_APPLY, takes its version or database off the page's claim)."""
    runs = [{_leg(leg) for leg in legs_of(snippet)} for snippet in snippets]
    return (tuple(v for v in versions() if all(any(r[0] == v for r in ran) for ran in runs)),
            tuple(d for d in databases() if all(any(r[1] == d for r in ran) for ran in runs)))


def page_snippets(markdown: str) -> list[Path]:
    """The programs a page's Markdown includes (its other includes are their records)."""
    return [ROOT / path for path in includes(markdown) if path.endswith(".py")]


def sentence(lang: str, start_page: str, snippets=()) -> str:
    """The paragraph, in `lang`, for a page showing `snippets`, with a link to `start_page` (relative URL of the
    language's start page)."""
    on_versions, on_databases = covered(snippets) if snippets else (versions(), databases())
    return f'<p class="{CSS_CLASS}">' + _SENTENCE[lang].format(
        versions=escape(_AND[lang].join(on_versions)), databases=escape(_AND[lang].join(on_databases)),
        link=escape(start_page + HOW_TO_RUN)) + "</p>"
