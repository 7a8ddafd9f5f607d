// Every result of the query in the search box. Material renders the first ten, then four more each time its
// result container's scroll position reaches the bottom (a change from "not at the bottom" to "at the bottom",
// on a scroll event). So until all the results that the count announces are there: scroll to the top, wait a
// frame (the scroll event), scroll to the bottom, and wait for the next items to be added.
// Argument: the placeholder shown before any query.
async (placeholder) => {
  const meta = document.querySelector(".md-search-result__meta")
  const wrap = document.querySelector(".md-search__scrollwrap")
  const list = document.querySelector(".md-search-result__list")
  const items = () => list.querySelectorAll(".md-search-result__item").length
  const frame = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const changed = () => new Promise(resolve => {
    const seen = new MutationObserver(() => { seen.disconnect(); resolve() })
    seen.observe(list.parentNode, { childList: true, subtree: true, characterData: true })
  })
  while (meta.textContent.trim() === placeholder) await changed()
  const digits = "০১২৩৪৫৬৭৮৯"
  const count = (meta.textContent.match(/[\d০-৯]+/) || ["0"])[0]
  const total = Number([...count].map(d => (digits.includes(d) ? digits.indexOf(d) : d)).join(""))
  while (items() < total) {
    const more = changed()
    wrap.scrollTop = 0
    await frame()
    wrap.scrollTop = wrap.scrollHeight
    await more
  }
  return [...list.querySelectorAll(".md-search-result__link")].map(a => a.href.split(/[?#]/)[0])
}
