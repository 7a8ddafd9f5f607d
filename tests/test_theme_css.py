"""Which rules of Material's stylesheet the build drops (machinery/theme_css.py), and that the built site ships
the purged stylesheet. tests/browser/test_theme_css.py checks in Chromium that no element looks different."""

from __future__ import annotations

import gzip

from machinery.theme_css import THEME_CSS, SiteWords, purge, required_classes, site_words, whole_theme_css

CSS = (
    ".used{a:1}.unused{b:2}.used .unused,.used>.also{c:3}"
    ".used:not(.unused){d:4}.used:is(.unused,.other){e:5}"
    '[data-x=".unused"]{f:6}@media (min-width:10em){.unused{g:7}.used{h:8}}@media print{.unused{i:9}}'
    "@keyframes spin{0%{j:10}}:root{--k:11}.tabbed-control--next{l:12}"
)
WORDS = SiteWords(['<p class="used also">', 'x.className = `tabbed-control--${side}`'])


def test_required_classes_ignores_functional_pseudo_classes_and_attributes():
    assert required_classes(".a .b:not(.c)>.d:is(.e,.f)[title='.g']") == {"a", "b", "d"}


def test_purge_keeps_what_the_site_can_use_and_drops_the_rest():
    assert purge(CSS, WORDS) == (
        ".used{a:1}.used>.also{c:3}.used:not(.unused){d:4}.used:is(.unused,.other){e:5}"
        '[data-x=".unused"]{f:6}@media (min-width:10em){.used{h:8}}@keyframes spin{0%{j:10}}:root{--k:11}'
        ".tabbed-control--next{l:12}"
    )


def test_the_built_site_ships_the_purged_theme_stylesheet(site):
    built = list(site.glob(THEME_CSS))
    assert len(built) == 1, f"expected one Material stylesheet matching {THEME_CSS} in {site}, found {built}"
    shipped, whole = built[0].read_text(encoding="utf-8"), whole_theme_css(built[0]).read_text(encoding="utf-8")
    assert shipped == purge(whole, site_words(site)), (
        f"{built[0]} is not Material's stylesheet purged for this site: is hooks/purge_theme_css.py in mkdocs.yml?")
    saved = len(gzip.compress(whole.encode(), 9)) - len(gzip.compress(shipped.encode(), 9))
    assert saved > 0, f"the purge of {built[0]} saves nothing: does the site now use every class of Material?"
