"""Give each language its own search index, so a Bengali page searches only Bengali pages and an English page
only English ones; and load it when the reader first searches, not on every page view.

mkdocs-static-i18n merges the pages of all languages into one search/search_index.json, and Material's search
loads `search/search_index.json` relative to `__config.base` (the site root) on every page, ~30 KB gzipped. So:

* after the build (and after static-i18n merged the index), the index is split by language: the default
  language's goes to search/search_index_full.json, every other language's to <lang>/search/... with its
  locations made relative to <lang>/; search/search_index.json keeps only the `config`, plus where that file
  is (`config.documents`: Material passes `config` on to its worker as it is);
* every page and template of a non-default language gets `__config.base` pointing at <lang>/, which is where
  Material then loads the stub from and resolves result links against;
* `__config.search` (the worker) becomes docs/assets/javascripts/workers/search_on_demand.js, which starts
  Material's own worker with the full index on the first query (and NFC-normalises queries).

The index's `config` is the search plugin's (mkdocs.yml: the separator Bengali needs, and the stemmer in the
pipeline) with `lang` set to the index's own language, so that each language is stemmed by its own stemmer:
lunr's for English, docs/assets/javascripts/lunr/min/lunr.bn.min.js for Bengali (Material's worker loads
lunr/min/lunr.<lang>.min.js for any language but English). search_on_demand.js stems the queries the same way.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

from machinery.layout import SEARCH_INDEX, SEARCH_STUB, language_folder, language_of_location, languages

CONFIG = re.compile(r'<script id="__config" type="application/json">\{[^<]*\}</script>')
BASE = re.compile(r'"base": "(?P<base>[^"]*)"')
WORKER = re.compile(r'"search": "(?P<dir>[^"]*/)(?P<name>search\.[0-9a-f]+\.min\.js)"')
ON_DEMAND = "search_on_demand.js"  # in docs/assets/javascripts/workers/, next to Material's worker


def _configure(html: str, config) -> str:
    """Point a page's `__config` at its language's index and at the on-demand worker."""
    lang = config.theme["language"]

    def change(m: re.Match) -> str:
        script = WORKER.sub(lambda w: f'"search": "{w["dir"]}{ON_DEMAND}?worker={w["name"]}"', m[0], count=1)
        if language_folder(lang):
            script = BASE.sub(lambda b: f'"base": "{b["base"].rstrip("/")}/{language_folder(lang)}"', script, count=1)
        return script

    return CONFIG.sub(change, html, count=1)


def on_post_page(output: str, page, config) -> str:
    return _configure(output, config)


def on_post_template(output_content: str, template_name: str, config) -> str:
    return _configure(output_content, config) if template_name.endswith(".html") else output_content


@event_priority(-200)  # after static-i18n (-100) has built every language and written the merged index
def on_post_build(config) -> None:
    site = Path(config.site_dir)
    merged = site / SEARCH_STUB
    if not merged.is_file():
        return
    index = json.loads(merged.read_text(encoding="utf-8"))
    if "documents" in index["config"]:  # already split (no page was rebuilt)
        return
    split: dict[str, list[dict]] = {lang: [] for lang in languages()}
    for doc in index["docs"]:
        lang = language_of_location(doc["location"])
        split[lang].append(dict(doc, location=doc["location"].removeprefix(language_folder(lang))))
    for lang, docs in split.items():
        root = language_folder(lang)
        own = {**index["config"], "lang": [lang]}
        for name, content in (
            (SEARCH_INDEX, {"config": own, "docs": docs}),
            (SEARCH_STUB, {"config": {**own, "documents": root + SEARCH_INDEX}, "docs": []}),
        ):
            out = site / root / name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
