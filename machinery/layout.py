"""Where things are: the repository's folders, the languages, and the path and URL of every page.

The languages and the default one are read from mkdocs.yml (the i18n plugin's `languages`), once. The default
language is served at the site's root, every other one under `<lang>/`:

    source                      built                         served
    docs/x.md      (default)    site/x/index.html             <site path>x/
    docs/x.en.md   (en)         site/en/x/index.html          <site path>en/x/
    docs/index.md               site/index.html               <site path>

Hooks, tests and commands use these functions instead of working the rule out again.
"""

from __future__ import annotations

import functools
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
MKDOCS_YML = ROOT / "mkdocs.yml"
REQUIREMENTS = ROOT / "requirements.txt"
SEARCH_STUB = "search/search_index.json"  # what Material's page script fetches: only the search `config`
SEARCH_INDEX = "search/search_index_full.json"  # a language's documents, loaded on the first query


def rel(path: Path) -> str:
    """A path as people read it: relative to the repository root."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold MkDocs' own tags (!ENV, !relative, !!python/name:…); they are not needed here."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@functools.cache
def mkdocs_config() -> dict:
    return yaml.load(MKDOCS_YML.read_text(encoding="utf-8"), Loader=_Loader)


def _i18n() -> dict:
    plugins = mkdocs_config()["plugins"]
    return next(p["i18n"] for p in plugins if isinstance(p, dict) and "i18n" in p)


@functools.cache
def languages() -> tuple[str, ...]:
    """Every language of the site, the default one first."""
    configured = [entry["locale"] for entry in _i18n()["languages"]]
    default = next(entry["locale"] for entry in _i18n()["languages"] if entry.get("default"))
    return (default, *[lang for lang in configured if lang != default])


def default_language() -> str:
    return languages()[0]


def other_languages() -> tuple[str, ...]:
    return languages()[1:]


def nav_entries(items=None) -> list[tuple[str, str | None]]:
    """(label, page file or None for a section) for every nav entry, depth first."""
    found = []
    for item in mkdocs_config()["nav"] if items is None else items:
        if isinstance(item, dict):
            for label, value in item.items():
                if isinstance(value, list):
                    found.append((label, None))
                    found.extend(nav_entries(value))
                else:
                    found.append((label, value))
        else:
            found.append((None, item))
    return found


def nav_translations(lang: str) -> dict[str, str]:
    entry = next(e for e in _i18n()["languages"] if e["locale"] == lang)
    return entry.get("nav_translations") or {}


def site_path() -> str:
    """The path the site is published under, from mkdocs.yml's site_url: "/guide/"."""
    return urlsplit(mkdocs_config()["site_url"]).path.rstrip("/") + "/"


# --- pages: sources, names, built files, URLs --------------------------------------------------------------

def language_folder(lang: str) -> str:
    """Where a language lives in the built site: "" for the default language, "en/" for English."""
    return "" if lang == default_language() else f"{lang}/"


def language_of_location(location: str) -> str:
    """The language of a site-relative location ("en/x/" -> "en", "x/" -> the default language)."""
    return next((lang for lang in other_languages() if location.startswith(f"{lang}/")), default_language())


def page_language(path: Path) -> str:
    """docs/x.en.md -> "en"; docs/x.md -> the default language."""
    suffixes = Path(path).name.split(".")[1:-1]
    return suffixes[-1] if suffixes and suffixes[-1] in languages() else default_language()


def page_name(path: Path) -> str:
    """docs/x.en.md and docs/x.md -> "x" (relative to docs/, without language or extension)."""
    name = Path(path).resolve().relative_to(DOCS).as_posix().removesuffix(".md")
    for lang in languages():
        name = name.removesuffix(f".{lang}")
    return name


def page_path(name: str, lang: str) -> Path:
    """The Markdown source of page `name` in `lang`."""
    return DOCS / (f"{name}.md" if lang == default_language() else f"{name}.{lang}.md")


def pages() -> list[Path]:
    """Every Markdown source, in every language."""
    return sorted(DOCS.rglob("*.md"))


def page_names() -> list[str]:
    return sorted({page_name(p) for p in pages()})


def site_pages() -> list[tuple[str, str]]:
    """(lang, name) for every page in every language."""
    return [(lang, name) for name in page_names() for lang in languages()]


def page_location(name: str, lang: str) -> str:
    """Page `name`'s address relative to the site root: "", "en/", "x/", "en/x/"."""
    return language_folder(lang) + ("" if name == "index" else f"{name}/")


def page_url(base: str, name: str, lang: str) -> str:
    """The URL of page `name` in `lang` on a site served at `base` (which ends with "/")."""
    return base + page_location(name, lang)


def built_page(site: Path, name: str, lang: str) -> Path:
    """The HTML file that page `name` in `lang` is built to."""
    return Path(site) / page_location(name, lang) / "index.html"


def source_of_built(site: Path, built: Path) -> Path | None:
    """The Markdown source of a built HTML page (None for a page that has none, such as 404.html)."""
    location = Path(built).relative_to(site).as_posix().removesuffix("index.html")
    lang = language_of_location(location)
    name = location.removeprefix(language_folder(lang)).rstrip("/") or "index"
    source = page_path(name, lang)
    return source if source.is_file() else None


def search_stub(site: Path, lang: str) -> Path:
    return Path(site) / language_folder(lang) / SEARCH_STUB


def search_index(site: Path, lang: str) -> Path:
    return Path(site) / language_folder(lang) / SEARCH_INDEX
