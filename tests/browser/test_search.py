"""Search, in each language: every word on the site finds its pages, Bengali is split into words as readers
expect (punctuation, conjuncts, ZWJ/ZWNJ, NFC), an inflected word finds the pages of every form of it (the
Bengali stemmer's rules word by word), words typed in the search box with the punctuation around them find
their page and only pages of the reader's language, and the index loads on focus, not on a page view."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

import pytest

from machinery.layout import (
    DOCS,
    SEARCH_INDEX,
    SEARCH_STUB,
    default_language,
    language_of_location,
    languages,
    page_location,
    page_url,
    rel,
    search_index,
)
from machinery.syntax import BENGALI_BLOCK, BENGALI_WORD
from tests.browser.helpers import browser_work, js, type_query

LATIN_WORD = re.compile(r"(?<![0-9])[A-Za-z_][A-Za-z0-9_]*")  # a word, as the index cuts it: 0x is one token
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


async def ask_worker(browser, lang: str, words: list[str], docs: list[dict] | None) -> dict[str, list[str]]:
    """What the language's search worker finds for each of `words` (in `docs`, or else the site's index)."""
    async with browser.tabs.tab() as tab:
        await tab.first_view(page_url(browser.url, "index", lang))
        arguments = {"words": words, "docs": docs, "stub": SEARCH_STUB}
        return await tab.page.evaluate(js("ask_worker.js"), arguments)


async def search_every_word(browser, site, lang):
    return await ask_worker(browser, lang, sorted(index_words(site, lang)), None)


@pytest.mark.parametrize("lang", languages())
@browser_work(search_every_word)
def test_every_word_on_the_site_finds_its_pages(work, site, lang):
    """Each distinct word of a language's pages, searched alone, finds every page of that language that has it."""
    words = index_words(site, lang)
    assert len(words) > 20, f"only {len(words)} {lang} words in the search index: is it built?"
    found = work
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


SAMPLE_DOCS = [{"location": f"doc{i}/", "title": "", "text": f"<p>{text}</p>"} for i, text in enumerate(SAMPLES)]
SAMPLE_QUERIES = {q: f"doc{i}/" for i, qs in enumerate(SAMPLES.values()) for q in qs}


async def search_samples(browser, site):
    return await ask_worker(browser, default_language(), list(SAMPLE_QUERIES), SAMPLE_DOCS)


@browser_work(search_samples)
def test_search_splits_bengali_words_as_readers_expect(work):
    """Material's own worker with the site's search configuration, on made-up text with every hard case."""
    queries, found = SAMPLE_QUERIES, work
    lost = {q: doc for q, doc in queries.items() if doc not in found[q]}
    assert not lost, f"these queries miss the text they are in: {lost}. Check the search separator in mkdocs.yml."


# An inflected query -> forms of the same word: every page of the language that has any of them must be found,
# whatever form the page uses (the query's own form need not be on the site at all).
INFLECTED = {
    "bn": {
        "সেশনগুলো": ["সেশন", "সেশনের", "সেশনে", "সেশনটি", "সেশনকে", "সেশনই", "সেশনও", "সেশনগুলোর"],  # plural
        "ট্রানজ্যাকশনগুলির": ["ট্রানজ্যাকশন", "ট্রানজ্যাকশনের", "ট্রানজ্যাকশনে", "ট্রানজ্যাকশনটি"],
        "অবজেক্টটির": ["অবজেক্ট", "অবজেক্টগুলো", "অবজেক্টের", "অবজেক্টকে", "অবজেক্টটিকে", "অবজেক্টগুলোর"],
        "কোয়েরিতে": ["কোয়েরি", "কোয়েরির", "কোয়েরিগুলো", "কোয়েরিটি", "কোয়েরিতেই"],
        "ডাটাবেসের": ["ডাটাবেস", "ডাটাবেসে"],
        "কানেকশনটা": ["কানেকশন", "কানেকশনের", "কানেকশনটি", "কানেকশনই"],
        "কমিটে": ["কমিট", "কমিটের"],
        "ইঞ্জিনকে": ["ইঞ্জিন", "ইঞ্জিনের"],
        "মুভিগুলোর": ["মুভি", "মুভির", "মুভিটি", "মুভিই", "মুভিগুলো", "মুভিগুলোকে", "মুভিটিকে"],
        "তালিকাটি": ["তালিকা", "তালিকায়", "তালিকার"],
        "ফাংশনগুলোতে": ["ফাংশন", "ফাংশনের", "ফাংশনটি", "ফাংশনগুলো"],
    },
    "en": {
        "committing": ["commit", "commits", "committed"],
        "sessions": ["session"],
        "pooling": ["pool", "pools", "pooled"],
        "queries": ["query"],
        "expiring": ["expire", "expired", "expires"],
        "flushing": ["flush", "flushed", "flushes"],
        "connections": ["connection", "connect", "connecting", "connects", "connected"],
        "transaction": ["transactions"],
        "detaches": ["detach", "detached", "detaching"],
        "objects": ["object"],
    },
}


async def search_inflected(browser, site, lang):
    return await ask_worker(browser, lang, list(INFLECTED[lang]), None)


@pytest.mark.parametrize("lang", languages())
@browser_work(search_inflected)
def test_inflected_query_finds_every_form(work, site, lang):
    """Each inflected query finds every page that has the word in any of its forms: the index and the query are
    stemmed alike (docs/assets/javascripts/lunr/min/lunr.bn.min.js, lunr's English stemmer)."""
    words = {w.lower(): pages for w, pages in index_words(site, lang).items()}
    expected = {q: set().union(*(words.get(f.lower(), set()) for f in [q, *forms]))
                for q, forms in INFLECTED[lang].items()}
    gone = [q for q, pages in expected.items() if not pages]
    assert not gone, f"no {lang} page has any form of {gone} any more: choose other words in INFLECTED"
    found = work
    lost = {q: sorted(pages - set(found[q])) for q, pages in expected.items() if pages - set(found[q])}
    assert not lost, (
        f"{lang} queries that miss pages with another form of the word: {lost}. The stemmer must treat the forms "
        "alike (hooks/search_per_language.py, docs/assets/javascripts/workers/search_on_demand.js)."
    )


# The Bengali stemmer, rule by rule: a word -> its stem.
STEMS = {
    "সেশন": "সেশন", "সেশনগুলো": "সেশন", "সেশনগুলি": "সেশন", "সেশনগুলোর": "সেশন", "সেশনগুলিকে": "সেশন",  # plural
    "অবজেক্টগুলোকে": "অবজেক্ট", "কোয়েরিগুলোতে": "কোয়েরি", "ডেভেলপারদের": "ডেভেলপার", "ডেভেলপাররা": "ডেভেলপার",
    "সেশনটি": "সেশন", "সেশনটা": "সেশন", "সেশনটির": "সেশন", "সেশনটাকে": "সেশন", "সেশনটিতে": "সেশন",  # article
    "সেশনের": "সেশন", "মুভির": "মুভি", "সেশনকে": "সেশন", "কোয়েরিতে": "কোয়েরি", "ভাষায়": "ভাষা",  # case
    "সেশনে": "সেশন", "ডাটাবেসে": "ডাটাবেস",
    "সেশনই": "সেশন", "কমিটও": "কমিট", "ট্রানজ্যাকশনটাই": "ট্রানজ্যাকশন", "কোয়েরিতেই": "কোয়েরি",  # emphasis
    "এর": "এর", "আর": "আর", "ভেতর": "ভেতর", "রো": "রো", "Session": "Session",  # left alone
}


STEMMER = DOCS / "assets/javascripts/lunr/min/lunr.bn.min.js"


async def stem_words(browser, site):
    async with browser.tabs.tab() as tab:
        await tab.page.set_content("<!doctype html><title>stemmer</title>")
        await tab.page.add_script_tag(content=STEMMER.read_text(encoding="utf-8"))
        return await tab.page.evaluate("words => words.map(w => bengaliStem(w))", list(STEMS))


@browser_work(stem_words)
def test_bengali_stemmer_rules(work):
    source = STEMMER
    got = dict(zip(STEMS, work, strict=True))
    wrong = {word: f"{got[word]} (expected {stem})" for word, stem in STEMS.items() if got[word] != stem}
    assert not wrong, f"{rel(source)} stems {wrong}"


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


async def type_every_context(browser, site, lang):
    root, problems = page_url(browser.url, "index", lang), []
    async with browser.tabs.tab() as tab:
        await tab.first_view(root)
        for query, location in contexts(site, lang):
            results = await type_query(tab.page, query)
            if urljoin(root, location) not in results:
                problems.append(f"{query!r} does not find {location or 'the start page'} (got {results[:5]})")
            strays = [r for r in results if language_of_location(r.removeprefix(browser.url)) != lang]
            if strays:
                problems.append(f"{query!r} on a {lang} page finds pages of another language: {strays}")
    return problems


@pytest.mark.parametrize("lang", languages())
@browser_work(type_every_context)
def test_typing_in_the_search_box(work, site, lang):
    """Queries typed in the page's search box, with the punctuation around them, find their page (among all
    results, not only the first ones shown); results are only pages of the reader's language."""
    assert contexts(site, lang), f"no {lang} text found to search for"
    problems = work
    assert not problems, f"search box on the {lang} start page:\n" + "\n".join(problems)


async def focus_search(browser, site, lang):
    async with browser.tabs.tab() as tab:
        view = await tab.first_view(page_url(browser.url, "index", lang))  # done: search started, nothing open
        before = [url for url in view.requests if SEARCH_INDEX in url]
        async with tab.page.expect_request(lambda r: SEARCH_INDEX in r.url) as request:
            await tab.page.locator("[data-md-component=search-query]").focus()
        return before, (await request.value).url


@pytest.mark.parametrize("lang", languages())
@browser_work(focus_search)
def test_search_index_loads_on_focus_not_on_page_view(browser, work, lang):
    """A page view costs no search index; focusing the search box loads it, before the first word is typed."""
    expected = browser.url + page_location("index", lang) + SEARCH_INDEX
    before, loaded = work
    assert not before, f"the {lang} start page loaded the search index {before} before anyone searched."
    assert loaded == expected, (
        f"focusing search on the {lang} start page loaded {loaded}, not its own index {expected}."
    )
