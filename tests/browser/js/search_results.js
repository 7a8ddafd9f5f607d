// Every result of the query in the search box: Material renders them ten at a time as the list is scrolled, so
// scroll until all that its count announces are there. Argument: the placeholder shown before any query.
async (placeholder) => {
  const meta = document.querySelector(".md-search-result__meta")
  const wrap = document.querySelector(".md-search__scrollwrap")
  const list = document.querySelector(".md-search-result__list")
  const changed = () => new Promise(resolve => {
    const seen = new MutationObserver(() => { seen.disconnect(); resolve() })
    seen.observe(list.parentNode, { childList: true, subtree: true, characterData: true })
  })
  while (meta.textContent.trim() === placeholder) await changed()
  const total = Number((meta.textContent.match(/[\d০-৯]+/) || ["0"])[0].replace(/[০-৯]/g, d => "০১২৩৪৫৬৭৮৯".indexOf(d)))
  while (list.querySelectorAll(".md-search-result__item").length < total) {
    const more = changed()
    wrap.scrollTop = wrap.scrollHeight
    wrap.dispatchEvent(new Event("scroll"))
    await more
  }
  return [...list.querySelectorAll(".md-search-result__link")].map(a => a.href.split(/[?#]/)[0])
}
