"""The built site in a real browser, as a reader meets it: every page in both languages, served on loopback
and opened in Debian's Chromium (through Playwright), on a machine without Bengali fonts.

Covered: search in Bengali and English (every word on the site finds its pages, results stay in the page's
language, punctuation/conjuncts/ZWJ/ZWNJ/NFC), the self-hosted Bengali font and monospace code, no request to
any other host, the language switcher keeping page and section, <html lang>, the 404 page per language, the
copy button (what it copies runs and prints the recorded output), axe-core (no serious or critical violation),
meta description, hreflang and sitemap, the palette toggle's label.

Without Chromium these tests skip (install: apt-get install chromium); with CI set they fail instead.
Speed and size budgets are not asserted here: `./dev bench-site` measures them.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from browser import INSTALL_HINT, Served, chromium_path, launch, page_url, serve, site_pages
from harness import (
    LANGUAGES, ROOT, copyable_source, includes, page_names, page_path, record_path, rel, run_all, site_path,
)

playwright_sync = pytest.importorskip("playwright.sync_api", reason="pip install -r requirements.txt")
axe_package = pytest.importorskip("axe_playwright_python.sync_playwright", reason="pip install -r requirements.txt")

DEFAULT = LANGUAGES[0]
BENGALI = re.compile(r"[\u0980-\u09FF]")
BENGALI_WORD = re.compile(r"[\u0980-\u09F6\u09F8-\u09FF\u200C\u200D]+")  # ৷ (U+09F7) is written as a danda
LATIN_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
WORDS = {"bn": BENGALI_WORD, "en": LATIN_WORD}
PAGES = site_pages()
PAGE_IDS = [f"{lang}:{name}" for lang, name in PAGES]


def where(lang: str, name: str) -> str:
    return f"{rel(page_path(name, lang))} (served at {page_url(site_path(), name, lang)})"


# --- the browser and the served site ------------------------------------------------------------------------

@pytest.fixture(scope="session")
def served(site):
    info, httpd = serve(site)
    yield info
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def playwright():
    if chromium_path() is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests, but Chromium is missing. {INSTALL_HINT}", pytrace=False)
        pytest.skip(INSTALL_HINT)
    with playwright_sync.sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def chromium(playwright, tmp_path_factory):
    """One browser for the whole session, on a machine without Bengali fonts."""
    browser = launch(playwright, tmp_path_factory.mktemp("fontconfig"))
    yield browser
    browser.close()


def loopback_only(context, served, elsewhere: list[str]) -> None:
    """Record and refuse every request to a host other than the site's (nothing leaves this machine)."""
    own = urlsplit(served.url).netloc

    def route(r):
        if urlsplit(r.request.url).netloc == own or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            elsewhere.append(r.request.url)
            r.abort()

    context.route("**/*", route)


# --- one visit per page, shared by the per-page tests ---------------------------------------------------------

FACTS = """() => {
  const q = s => document.querySelector(s)
  const probe = [...document.querySelectorAll(".md-content :is(h1, p, li)")].find(e =>
    /[\\u0980-\\u09FF]/.test([...e.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join("")))
  if (probe) probe.setAttribute("data-probe", "bengali")
  const code = q(".md-typeset pre code")
  let monospace = null
  if (code) {
    const width = text => {
      const span = code.appendChild(document.createElement("span"))
      span.textContent = text
      const w = span.getBoundingClientRect().width
      span.remove()
      return w
    }
    monospace = width("iiiiiiiiii") === width("MMMMMMMMMM")
  }
  return {
    lang: document.documentElement.lang,
    description: q("meta[name=description]")?.content ?? null,
    canonical: q("link[rel=canonical]")?.href ?? null,
    hreflang: Object.fromEntries([...document.querySelectorAll("link[rel=alternate][hreflang]")]
      .map(l => [l.hreflang, l.getAttribute("href")])),
    palette: [...document.querySelectorAll("[data-md-component=palette] input")]
      .map(i => [i.getAttribute("aria-label"), q(`label[for="${i.id}"]`) && q(`label[for="${i.id}"]`).title]),
    monospace,
    bengali_probe: !!probe,
  }
}"""


@dataclass
class Visit:
    lang: str
    name: str
    served: list[Served] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    fonts: list[dict] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    copied: dict[str, str] = field(default_factory=dict)  # Python code block title -> what its copy button copied


def visit_page(chromium, served, lang: str, name: str, *, axe: bool = True, copy: bool = False,
               color_scheme: str = "light") -> Visit:
    """Open a page with an empty cache, as a first-time reader does, and record what happened."""
    result = Visit(lang, name)
    context = chromium.new_context(color_scheme=color_scheme, service_workers="block")
    loopback_only(context, served, result.elsewhere)
    page = context.new_page()
    page.on("console", lambda m: m.type in ("error", "warning")
            and result.problems.append(f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: result.problems.append(f"script error: {e}"))
    page.on("requestfailed", lambda r: result.problems.append(f"request failed: {r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and result.problems.append(f"HTTP {r.status}: {r.url}"))
    served.take_log()
    with page.expect_response(lambda r: r.url.endswith("/search/search_index.json")):
        page.goto(page_url(served.url, name, lang), wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    served.settle()
    result.served = served.take_log()
    result.facts = page.evaluate(FACTS)
    if result.facts["bengali_probe"]:
        cdp = context.new_cdp_session(page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "[data-probe=bengali]"})["nodeId"]
        result.fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        cdp.detach()
    if axe:
        page.evaluate(axe_package.Axe().axe_script)
        report = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        result.violations = [v for v in report["violations"] if v["impact"] in ("serious", "critical")]
    if copy:
        result.copied = click_copy_buttons(page, served)
    context.close()
    return result


def click_copy_buttons(page, served) -> dict[str, str]:
    """Click the copy button of every Python code block, reading the clipboard after each click."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"],
                                   origin="{0.scheme}://{0.netloc}".format(urlsplit(served.url)))
    copied = {}
    blocks = page.locator("div.language-python.highlight")
    for i in range(blocks.count()):
        block = blocks.nth(i)
        titled = block.locator(".filename")
        title = titled.text_content() if titled.count() else f"block {i + 1}"
        if not block.is_visible():  # inside a closed content tab: open it
            block.evaluate("b => document.querySelector(`label[for='${b.closest('.tabbed-block')"
                           "?.closest('.tabbed-set')?.querySelector('input:not(:checked)')?.id}']`)?.click()")
        block.locator("button.md-code__button[data-md-type=copy]").click()
        copied[title] = page.evaluate("navigator.clipboard.readText()")
    return copied


@pytest.fixture(scope="session")
def visits(chromium, served, tmp_path_factory):
    """Each page opened once, shared by the per-page tests. The programs its copy buttons copied start
    running at once, in the background (`runs`), while the next pages are checked."""
    cache: dict[tuple[str, str], Visit] = {}
    runs: dict[str, object] = {}  # copied text -> Future of harness.Run
    folder = tmp_path_factory.mktemp("copied")

    def get(lang: str, name: str) -> Visit:
        if (lang, name) not in cache:
            cache[(lang, name)] = v = visit_page(chromium, served, lang, name, copy=True)
            fresh = sorted(set(v.copied.values()) - set(runs))
            new = {text: folder / f"program_{len(runs) + i}.py" for i, text in enumerate(fresh)}
            for text, path in new.items():
                path.write_text(text + "\n", encoding="utf-8")
            futures = run_all(list(new.values()))
            runs.update({text: futures[path] for text, path in new.items()})
        return cache[(lang, name)]

    get.runs = runs
    return get


@pytest.mark.parametrize("lang,name", PAGES, ids=PAGE_IDS)
def test_page_makes_no_request_elsewhere_and_no_error(visits, lang, name):
    v = visits(lang, name)
    assert not v.elsewhere, (
        f"{where(lang, name)} asked other hosts for {v.elsewhere}. The site must make no third-party request "
        "(no Google Fonts, CDN or api.github.com): serve the file from docs/assets/ or drop it."
    )
    assert not v.problems, f"{where(lang, name)} logged problems in the browser:\n" + "\n".join(v.problems)


@pytest.mark.parametrize("lang,name", PAGES, ids=PAGE_IDS)
def test_axe_finds_no_serious_violation(visits, lang, name):
    v = visits(lang, name)
    found = [
        f"{x['id']} ({x['impact']}): {x['help']} — e.g. {x['nodes'][0]['target']}: "
        f"{x['nodes'][0].get('failureSummary', '').splitlines()[-1].strip()}"
        for x in v.violations
    ]
    assert not found, (
        f"axe-core finds serious/critical accessibility problems on {where(lang, name)}:\n" + "\n".join(found)
        + "\nFix the Markdown, or the site's CSS/templates (docs/assets/stylesheets/reader.css, overrides/)."
    )


@pytest.mark.parametrize("lang,name", PAGES, ids=PAGE_IDS)
def test_language_description_and_hreflang(visits, lang, name):
    f = visits(lang, name).facts
    assert f["lang"] == lang, f"{where(lang, name)} has <html lang={f['lang']!r}>, not {lang!r}."
    description = f["description"] or ""
    assert description.strip(), f"{where(lang, name)} has no meta description: add `description:` front matter."
    in_bengali = bool(BENGALI.search(description))
    assert in_bengali == (lang == "bn"), (
        f"{where(lang, name)}: its meta description is not in {lang}: {description!r}. Write the page's "
        "`description:` front matter in the page's own language."
    )
    canonical = f["canonical"]
    site_url = canonical[: canonical.index(site_path()) + len(site_path())]
    expected = {other: page_url(site_url, name, other) for other in LANGUAGES}
    expected["x-default"] = expected[DEFAULT]
    assert f["hreflang"] == expected, (
        f"{where(lang, name)} has hreflang alternates {f['hreflang']}, expected {expected} (absolute URLs of the "
        "same page in every language; see hooks/hreflang_absolute.py)."
    )
    labels = [label for pair in f["palette"] for label in pair if label]
    assert labels, f"{where(lang, name)}: the light/dark palette toggle has no label."
    wrong = [label for label in labels if bool(BENGALI.search(label)) != (lang == "bn")]
    assert not wrong, (
        f"{where(lang, name)}: palette toggle labels {wrong} are not in {lang}. Translate theme.palette toggle "
        "names for each language in mkdocs.yml."
    )


@pytest.mark.parametrize("lang,name", PAGES, ids=PAGE_IDS)
def test_bengali_font_and_monospace_code(visits, lang, name):
    v = visits(lang, name)
    fonts_fetched = [s.path for s in v.served if s.kind == "fonts"]
    if lang == "bn":
        used = {f["familyName"]: f for f in v.fonts}
        noto = used.get("Noto Sans Bengali")
        assert v.facts["bengali_probe"] and noto and noto["isCustomFont"], (
            f"{where(lang, name)}: Bengali text is rendered with {list(used) or 'no font'}, not the site's Noto "
            "Sans Bengali (on a machine without Bengali fonts). Check the @font-face in "
            "docs/assets/stylesheets/reader.css and the font file in docs/assets/fonts/."
        )
    else:
        assert not fonts_fetched, (
            f"{where(lang, name)}: an English page fetched {fonts_fetched}. Nothing on it should need the Bengali "
            "font (is Bengali text visible on the page?)."
        )
    if v.facts["monospace"] is not None:
        assert v.facts["monospace"], f"{where(lang, name)}: code is not set in a monospace font."


def test_dark_palette_passes_axe_too(chromium, served):
    """The dark palette, on the Bengali page with the most code (code colours are the usual contrast failures;
    both languages share the palette)."""
    lang = DEFAULT
    name = max(page_names(), key=lambda n: page_path(n, lang).read_text(encoding="utf-8").count("```"))
    v = visit_page(chromium, served, lang, name, color_scheme="dark")
    found = [f"{x['id']}: {x['help']} — e.g. {x['nodes'][0]['target']}" for x in v.violations]
    assert not found, f"axe-core, dark palette, {where(lang, name)}:\n" + "\n".join(found)


def test_installed_bengali_font_is_preferred(playwright, served, tmp_path):
    """A reader who has Noto Sans Bengali installed gets it from their machine: no font download."""
    probe = subprocess.run(["fc-list", ":family=Noto Sans Bengali"], capture_output=True, text=True)
    if not probe.stdout.strip():
        pytest.skip("Noto Sans Bengali is not installed here (Debian: fonts-noto-core); nothing to prefer.")
    browser = launch(playwright, tmp_path, bengali_fonts=True)
    try:
        v = visit_page(browser, served, DEFAULT, "index", axe=False)
    finally:
        browser.close()
    fetched = [s.path for s in v.served if s.kind == "fonts"]
    used = {f["familyName"]: f for f in v.fonts}
    assert not fetched and "Noto Sans Bengali" in used and not used["Noto Sans Bengali"]["isCustomFont"], (
        f"with Noto Sans Bengali installed, the page fetched {fetched} and rendered Bengali with {used}. "
        "The @font-face src must list local() before url()."
    )


def test_sitemap_lists_every_page_with_its_alternates(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = ET.parse(site / "sitemap.xml")
    entries = {
        u.findtext("s:loc", namespaces=ns): {a.get("hreflang"): a.get("href") for a in u.findall("x:link", ns)}
        for u in tree.getroot().findall("s:url", ns)
    }
    site_url = next(iter(entries))
    site_url = site_url[: site_url.index(site_path()) + len(site_path())]
    missing = []
    for lang, name in PAGES:
        url = page_url(site_url, name, lang)
        want = {other: page_url(site_url, name, other) for other in LANGUAGES}
        if entries.get(url) != want:
            missing.append(f"{where(lang, name)}: sitemap has {entries.get(url)}, expected {want}")
    assert not missing, "sitemap.xml is missing pages or their alternates:\n" + "\n".join(missing)


def test_pages_link_relatively(site):
    """No page links to a root-absolute path, so the site works from any address (a static server at "/",
    a folder), not only under its site_url. (404 pages must use absolute paths: they answer any address.)"""
    found = []
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue
        for m in re.finditer(r'\b(?:href|src)="(/[^/"][^"]*)"', page.read_text(encoding="utf-8")):
            found.append(f"{page.relative_to(site)}: {m[1]}")
    assert not found, "root-absolute links (write them relative):\n" + "\n".join(found[:20])


def test_site_works_from_another_address(chromium, site):
    """Served at "/" instead of the site_url's path: pages, language switch and search still work."""
    info, httpd = serve(site, prefix="/")
    problems: list[str] = []
    page = chromium.new_page()
    page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
    try:
        page.goto(info.url)
        page.hover(".md-select")
        with page.expect_navigation():
            page.click(".md-select__link[hreflang=en]")
        if page.url != f"{info.url}en/":
            problems.append(f"the language switch on the start page went to {page.url}")
        if not type_query(page, "session"):
            problems.append("searching 'session' found nothing")
    finally:
        page.close()
        httpd.shutdown()
        httpd.server_close()
    assert not problems, "served at /:\n" + "\n".join(problems)


# --- search ------------------------------------------------------------------------------------------------

ASK_WORKER = """async ({ words, docs }) => {
  // The page's own search worker (Material's, through search_on_demand.js), set up as the page sets it up.
  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base.replace(/\\/?$/, "/"), location)
  const stub = await (await fetch(new URL("search/search_index.json", base))).json()
  let url = new URL(config.search, location)
  if (docs) url = new URL(url.searchParams.get("worker"), url)  // Material's worker itself, given our documents
  const worker = new Worker(url)
  const ask = message => new Promise(resolve => {
    worker.onmessage = ev => resolve(ev.data)
    worker.postMessage(message)
  })
  await ask({ type: 0, data: { config: stub.config, docs: docs || stub.docs, options: { suggest: false } } })
  const found = {}
  for (const word of words) {
    const { data } = await ask({ type: 2, data: word })
    found[word] = [...new Set(data.items.flat().map(item => item.location.split("#")[0]))]
  }
  worker.terminate()
  return found
}"""


def index_words(site: Path, lang: str) -> dict[str, set[str]]:
    """Every word in a language's search index, with the pages (index locations) that contain it."""
    folder = site if lang == DEFAULT else site / lang
    index = json.loads((folder / "search" / "search_index_full.json").read_text(encoding="utf-8"))
    words: dict[str, set[str]] = {}
    for doc in index["docs"]:
        text = html.unescape(re.sub(r"<[^>]+>", " ", f"{doc['title']} {doc['text']}"))
        for word in WORDS[lang].findall(text):
            words.setdefault(word, set()).add(doc["location"].split("#")[0])
    return words


def index_texts(site: Path, lang: str) -> dict[str, str]:
    """Each page's searchable text (index location -> text), as a reader sees it."""
    folder = site if lang == DEFAULT else site / lang
    index = json.loads((folder / "search" / "search_index_full.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    for doc in index["docs"]:
        page = doc["location"].split("#")[0]
        texts[page] = texts.get(page, "") + " " + html.unescape(re.sub(r"<[^>]+>", " ", doc["text"]))
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_on_the_site_finds_its_pages(chromium, served, site, lang):
    """Each distinct word of a language's pages, searched alone, finds every page of that language that has it."""
    words = index_words(site, lang)
    page = chromium.new_page()
    page.goto(page_url(served.url, "index", lang))
    found = page.evaluate(ASK_WORKER, {"words": sorted(words), "docs": None})
    page.close()
    lost = {w: sorted(pages - set(found[w])) for w, pages in words.items() if pages - set(found[w])}
    assert len(words) > 20, f"only {len(words)} {lang} words in the search index: is it built?"
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


def test_search_splits_bengali_words_as_readers_expect(chromium, served):
    """Material's own worker with the site's search configuration, on made-up text with every hard case."""
    docs = [{"location": f"doc{i}/", "title": "", "text": f"<p>{text}</p>"} for i, text in enumerate(SAMPLES)]
    queries = {q: f"doc{i}/" for i, qs in enumerate(SAMPLES.values()) for q in qs}
    page = chromium.new_page()
    page.goto(page_url(served.url, "index", DEFAULT))
    found = page.evaluate(ASK_WORKER, {"words": list(queries), "docs": docs})
    page.close()
    lost = {q: doc for q, doc in queries.items() if doc not in found[q]}
    assert not lost, f"these queries miss the text they are in: {lost}. Check the search separator in mkdocs.yml."


def type_query(page, query: str) -> list[str]:
    """Type a query into the search box as a reader does; return the result links' URLs."""
    box = page.locator("[data-md-component=search-query]")
    box.click()
    box.press("Control+a")
    box.press("Delete")
    page.wait_for_function(
        "t => document.querySelector('.md-search-result__meta').textContent.trim() === t",
        arg=page.evaluate("JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']"),
    )
    box.fill(query)  # the whole query at once, so that the results are for all of it
    box.press("End")  # Material reads the query on keyup
    page.wait_for_function(
        "t => document.querySelector('.md-search-result__meta').textContent.trim() !== t",
        arg=page.evaluate("JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']"),
    )
    return page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href.split(/[?#]/)[0])")


def language_of(url: str, served) -> str:
    return next((o for o in LANGUAGES if o != DEFAULT and url.startswith(f"{served.url}{o}/")), DEFAULT)


def contexts(site: Path, lang: str) -> list[tuple[str, str]]:
    """(query, index location) pairs taken from the site's own text: words as they stand next to danda,
    brackets, commas and quotes, a conjunct, and (Bengali) a vowel sign typed as two code points (not NFC)."""
    texts = index_texts(site, lang)
    w = BENGALI_WORD.pattern if lang == "bn" else r"[A-Za-z]{3,}"
    patterns = {
        "bn": [rf"{w}।", rf"\({w}\)", rf"{w},", rf"[“‘\"']{w}[”’\"']", r"[\u0980-\u09FF]+্[\u0980-\u09FF]+"],
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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_typing_in_the_search_box(chromium, served, site, lang):
    """Queries typed in the page's search box, with the punctuation around them, find their page; results
    are only pages of the reader's language."""
    samples = contexts(site, lang)
    assert samples, f"no {lang} text found to search for"
    page = chromium.new_page()
    page.goto(page_url(served.url, "index", lang))
    root = page_url(served.url, "index", lang)
    problems = []
    for query, location in samples:
        results = type_query(page, query)
        if urljoin(root, location) not in results:
            problems.append(f"{query!r} does not find {location or 'the start page'} (got {results[:5]})")
        strays = [r for r in results if language_of(r, served) != lang]
        if strays:
            problems.append(f"{query!r} on a {lang} page finds pages of another language: {strays}")
    page.close()
    assert not problems, f"search box on the {lang} start page:\n" + "\n".join(problems)


# --- language switching and 404 ----------------------------------------------------------------------------

def switch_language(page, served, name: str, section: str) -> list[str]:
    """From the page open in the default language, switch to every other language and back with the
    language selector; report where that did not land on the same page and section."""
    problems = []
    for target in [*(o for o in LANGUAGES if o != DEFAULT), DEFAULT]:
        page.hover(".md-select")  # opens the language menu
        with page.expect_navigation(wait_until="commit"):
            page.click(f".md-select__link[hreflang={target}]")
        want = page_url(served.url, name, target) + section
        if page.url != want:
            problems.append(f"switching to {target} went to {page.url}, expected {want}")
        page.wait_for_selector(".md-select", state="attached")  # the header is parsed
        lang = page.evaluate("document.documentElement.lang")
        if lang != target:
            problems.append(f"after switching to {target}, <html lang> is {lang!r}")
        try:
            if section:
                page.wait_for_selector(f"[id='{section[1:]}']", state="attached", timeout=5000)
        except playwright_sync.TimeoutError:
            problems.append(f"the {target} page has no section {section}: heading ids must match across languages")
    return problems


@pytest.mark.parametrize("name", page_names())
def test_language_switch_keeps_page_and_section(chromium, served, site, name):
    """On the Bengali page at its last section, switch to English and back: same page, same section."""
    built = site / page_url("", name, DEFAULT).removeprefix("/") / "index.html"
    sections = re.findall(r'<h2 id="([^"]+)"', built.read_text(encoding="utf-8"))
    section = f"#{sections[-1]}" if sections else ""
    page = chromium.new_page()
    page.goto(page_url(served.url, name, DEFAULT) + section, wait_until="commit")
    problems = switch_language(page, served, name, section)
    page.close()
    assert not problems, f"language switcher on {where(DEFAULT, name)}:\n" + "\n".join(problems)


def test_language_switch_keeps_the_section_scrolled_to(chromium, served):
    """A reader who scrolled (no link clicked) keeps the section too: Material writes it into the address."""
    name = max(page_names(), key=lambda n: page_path(n, DEFAULT).read_text(encoding="utf-8").count("\n## "))
    page = chromium.new_page()
    page.goto(page_url(served.url, name, DEFAULT))
    sections = page.eval_on_selector_all(".md-content h2[id]", "hs => hs.map(h => h.id)")
    if len(sections) < 2:
        pytest.skip(f"{where(DEFAULT, name)} has fewer than two sections")
    page.eval_on_selector(f"[id='{sections[-1]}']", "h => h.scrollIntoView()")
    page.wait_for_timeout(300)  # navigation.tracking follows a scroll after the first one, 250 ms later
    page.mouse.wheel(0, -2)
    page.wait_for_function("() => location.hash.length > 1")
    problems = switch_language(page, served, name, page.evaluate("location.hash"))
    page.close()
    assert not problems, f"language switcher after scrolling {where(DEFAULT, name)}:\n" + "\n".join(problems)


NOT_FOUND_TITLE = {"bn": "পাতাটি পাওয়া যায়নি", "en": "Page not found"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_not_found_page_is_in_the_reader_language(chromium, served, lang):
    page = chromium.new_page()
    response = page.goto(page_url(served.url, "no-such-page", lang))
    got = page.evaluate("[document.documentElement.lang, document.querySelector('h1').textContent.trim()]")
    page.close()
    assert response.status == 404
    assert got == [lang, NOT_FOUND_TITLE[lang]], (
        f"a missing page under the {lang} part of the site shows a 404 page with lang/title {got}. "
        "See hooks/not_found_per_language.py and overrides/404.html."
    )


def test_root_not_found_page_sends_other_languages_on(chromium, served, site):
    """GitHub Pages serves only the root 404.html, for every missing address: under /en/ it must go English."""
    page = chromium.new_page()
    root_404 = (site / "404.html").read_bytes()
    page.route("**/en/gone-page/", lambda r: r.fulfill(status=404, body=root_404, content_type="text/html"))
    page.goto(page_url(served.url, "gone-page", "en"))
    page.wait_for_url("**/en/404.html")
    got = page.evaluate("[document.documentElement.lang, document.querySelector('h1').textContent.trim()]")
    page.close()
    assert got == ["en", NOT_FOUND_TITLE["en"]], f"root 404 under /en/ ended as {got}"


# --- the copy button ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", page_names())
def test_copy_button_copies_the_runnable_program(visits, name):
    """What the copy button put on the clipboard is the program: no markers, no prompts; it runs and prints
    the recorded output."""
    texts: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        for title, text in visits(lang, name).copied.items():
            texts.setdefault(title, {})[lang] = text
    snippets = {Path(p).name: ROOT / p for lang in LANGUAGES for p in includes(page_path(name, lang))}
    problems = []
    for title, by_lang in texts.items():
        text = next(iter(by_lang.values()))
        if len(set(by_lang.values())) > 1 or len(by_lang) < len(LANGUAGES):
            problems.append(f"{title}: not the same copy in every language ({sorted(by_lang)})")
        if re.search(r"^\s*(>>>|\$ )", text, re.M) or re.search(r"#\s*\(\d+\)", text):
            problems.append(f"{title}: the copy holds prompts or annotation markers:\n{text}")
        lines = [line.rstrip() for line in text.splitlines()]
        if title in snippets and lines != copyable_source(snippets[title]).splitlines():
            problems.append(f"{title}: the copy is not the program in {rel(snippets[title])} (less its markers)")
        run = visits.runs[text].result()
        if run.failure():
            problems.append(f"{title}: the copied program fails: {run.failure()}")
        elif title in snippets and record_path(snippets[title]).is_file():
            record = record_path(snippets[title])
            if run.shown != record.read_text(encoding="utf-8"):
                problems.append(f"{title}: the copied program does not print what {rel(record)} records")
    assert not problems, f"copy buttons on {where(DEFAULT, name)} and its translations:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_loads_on_focus_not_on_page_view(chromium, served, lang):
    """A page view costs no search index; focusing the search box loads it, before the first word is typed."""
    page = chromium.new_page()
    index = []
    page.on("request", lambda r: "search_index_full.json" in r.url and index.append(r.url))
    page.goto(page_url(served.url, "index", lang), wait_until="load")
    page.wait_for_timeout(300)
    assert not index, f"the {lang} start page loaded the search index {index} before anyone searched."
    with page.expect_request(lambda r: "search_index_full.json" in r.url, timeout=5000) as request:
        page.locator("[data-md-component=search-query]").focus()
    expected = f"{served.url}{'' if lang == DEFAULT else lang + '/'}search/search_index_full.json"
    page.close()
    assert request.value.url == expected, (
        f"focusing search on the {lang} start page loaded {request.value.url}, not its own language's index."
    )
