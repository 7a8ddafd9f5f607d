"""Search, in each language: every word on the site finds its pages, Bengali is split into words as readers
expect (punctuation, conjuncts, ZWJ/ZWNJ, NFC), words typed in the search box with the punctuation around them
find their page and only pages of the reader's language, and the index loads on focus, not on a page view."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

import pytest

from machinery.layout import (
    SEARCH_INDEX,
    SEARCH_STUB,
    default_language,
    language_of_location,
    languages,
    page_location,
    page_url,
    search_index,
)
from machinery.syntax import BENGALI_BLOCK, BENGALI_WORD
from tests.browser.helpers import js, type_query

LATIN_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
WORDS = {"bn": BENGALI_WORD, "en": LATIN_WORD}


def index_docs(site: Path, lang: str) -> list[dict]:
    return json.loads(search_index(site, lang).read_text(encoding="utf-8"))["docs"]


def index_words(site: Path, lang: str) -> dict[str, set[str]]:
    """Every word in a language's search index, with the pages (index locations) that contain it."""
    words: dict[str, set[str]] = {}
    for doc in index_docs(site, lang):
        text = html.unescape(re.sub(r"<[^>]+>", " ", f"{doc['title']} {doc['text']}"))
        for word in WORDS[lang].findall(text):
            words.setdefault(word, set()).add(doc["location"].split("#")[0])
    return words


def index_texts(site: Path, lang: str) -> dict[str, str]:
    """Each page's searchable text (index location -> text), as a reader sees it."""
    texts: dict[str, str] = {}
    for doc in index_docs(site, lang):
        page = doc["location"].split("#")[0]
        texts[page] = texts.get(page, "") + " " + html.unescape(re.sub(r"<[^>]+>", " ", doc["text"]))
    return texts


def ask_worker(browser, lang: str, words: list[str], docs: list[dict] | None) -> dict[str, list[str]]:
    async def ask():
        async with browser.tabs.tab() as tab:
            await tab.first_view(page_url(browser.url, "index", lang))
            arguments = {"words": words, "docs": docs, "stub": SEARCH_STUB}
            return await tab.page.evaluate(js("ask_worker.js"), arguments)

    return browser.run(ask())


@pytest.mark.parametrize("lang", languages())
def test_every_word_on_the_site_finds_its_pages(browser, site, lang):
    """Each distinct word of a language's pages, searched alone, finds every page of that language that has it."""
    words = index_words(site, lang)
    assert len(words) > 20, f"only {len(words)} {lang} words in the search index: is it built?"
    found = ask_worker(browser, lang, sorted(words), None)
    lost = {w: sorted(pages - set(found[w])) for w, pages in words.items() if pages - set(found[w])}
    assert not lost, (
        f"{len(lost)} of {len(words)} {lang} words do not find the pages that contain them, e.g. "
        f"{dict(list(lost.items())[:8])}. Check the search `separator`/`pipeline` in mkdocs.yml."
    )


SAMPLES = {
    # text as it appears in a document -> what a reader types; each must find that document
    "র‍্যাব আর র‍্যাবের কথা।": ["র‍্যাব", "র‍্যাবের।"],  # ZWJ (র‍্য)
    "উদ্‌বেগ (চিন্তা), “সেশন” আর ‘কমিট’।": ["উদ্‌বেগ", "(চিন্তা)", "“সেশন”", "‘কমিট’।", "চিন্তা,"],  # ZWNJ
    "ট্রানজ্যাকশনের ভেতরে কৌশল৷ প্রোগ্রাম": ["ট্রানজ্যাকশনের", "কৌশল", "প্রোগ্রাম"],  # conjuncts, ৷
    "SQLAlchemy-এর Session‌টি ORMএর": ["এর", "টি", "Session", "SQLAlchemy"],  # next to Latin script
}


def test_search_splits_bengali_words_as_readers_expect(browser):
    """Material's own worker with the site's search configuration, on made-up text with every hard case."""
    docs = [{"location": f"doc{i}/", "title": "", "text": f"<p>{text}</p>"} for i, text in enumerate(SAMPLES)]
    queries = {q: f"doc{i}/" for i, qs in enumerate(SAMPLES.values()) for q in qs}
    found = ask_worker(browser, default_language(), list(queries), docs)
    lost = {q: doc for q, doc in queries.items() if doc not in found[q]}
    assert not lost, f"these queries miss the text they are in: {lost}. Check the search separator in mkdocs.yml."


def contexts(site: Path, lang: str) -> list[tuple[str, str]]:
    """(query, index location) pairs taken from the site's own text: words as they stand next to danda,
    brackets, commas and quotes, a conjunct, and (Bengali) a vowel sign typed as two code points (not NFC)."""
    texts = index_texts(site, lang)
    w = BENGALI_WORD.pattern if lang == "bn" else r"[A-Za-z]{3,}"
    patterns = {
        "bn": [rf"{w}।", rf"\({w}\)", rf"{w},", rf"[“‘\"']{w}[”’\"']", rf"[{BENGALI_BLOCK}]+্[{BENGALI_BLOCK}]+"],
        "en": [rf"{w}\.", rf"\({w}\)", rf"{w},", rf"[“‘\"]{w}[”’\"]"],
    }[lang]
    found = []
    for pattern in patterns:
        hit = next(((m.group(0), page) for page, text in texts.items() for m in re.finditer(pattern, text)), None)
        if hit:
            found.append(hit)
    if lang == "bn":
        hit = next(((m.group(0), page) for page, text in texts.items() for m in re.finditer(r"\S*ো\S*", text)), None)
        if hit:
            found.append((unicodedata.normalize("NFD", hit[0]), hit[1]))
    return found


@pytest.mark.parametrize("lang", languages())
def test_typing_in_the_search_box(browser, site, lang):
    """Queries typed in the page's search box, with the punctuation around them, find their page (among all
    results, not only the first ones shown); results are only pages of the reader's language."""
    samples = contexts(site, lang)
    assert samples, f"no {lang} text found to search for"
    root = page_url(browser.url, "index", lang)

    async def type_all():
        problems = []
        async with browser.tabs.tab() as tab:
            await tab.first_view(root)
            for query, location in samples:
                results = await type_query(tab.page, query)
                if urljoin(root, location) not in results:
                    problems.append(f"{query!r} does not find {location or 'the start page'} (got {results[:5]})")
                strays = [r for r in results if language_of_location(r.removeprefix(browser.url)) != lang]
                if strays:
                    problems.append(f"{query!r} on a {lang} page finds pages of another language: {strays}")
        return problems

    problems = browser.run(type_all())
    assert not problems, f"search box on the {lang} start page:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", languages())
def test_search_index_loads_on_focus_not_on_page_view(browser, lang):
    """A page view costs no search index; focusing the search box loads it, before the first word is typed."""
    expected = browser.url + page_location("index", lang) + SEARCH_INDEX

    async def focus():
        async with browser.tabs.tab() as tab:
            view = await tab.first_view(page_url(browser.url, "index", lang))  # done: search started, nothing open
            before = [url for url in view.requests if SEARCH_INDEX in url]
            async with tab.page.expect_request(lambda r: SEARCH_INDEX in r.url) as request:
                await tab.page.locator("[data-md-component=search-query]").focus()
            return before, (await request.value).url

    before, loaded = browser.run(focus())
    assert not before, f"the {lang} start page loaded the search index {before} before anyone searched."
    assert loaded == expected, (
        f"focusing search on the {lang} start page loaded {loaded}, not its own index {expected}."
    )
