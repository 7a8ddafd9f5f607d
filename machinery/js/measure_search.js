// How fast search answers: the first query of a page view typed `pause` ms after the box is focused, then
// `runs` more; each time, from the keystroke to the results in the page ([0]) and painted ([1]).
async ({ query, runs, pause }) => {
  const box = document.querySelector("[data-md-component=search-query]")
  const meta = document.querySelector(".md-search-result__meta")
  const t = JSON.parse(document.getElementById("__config").textContent).translations
  const placeholder = t["search.result.placeholder"]
  const press = () => box.dispatchEvent(new KeyboardEvent("keyup", { key: "End", bubbles: true }))
  const settled = test => new Promise(resolve => {
    if (test()) return resolve(performance.now())
    const seen = new MutationObserver(() => { if (test()) { seen.disconnect(); resolve(performance.now()) } })
    seen.observe(meta.parentNode, { childList: true, subtree: true, characterData: true })
  })
  box.focus()
  const times = []
  for (let i = 0; i < runs; i++) {
    box.value = ""; press(); await settled(() => meta.textContent.trim() === placeholder)
    await new Promise(r => setTimeout(r, pause))
    box.value = query
    const start = performance.now(); press()
    const end = await settled(() => meta.textContent.trim() !== placeholder)
    await new Promise(r => requestAnimationFrame(r))  // and painted
    times.push([end - start, performance.now() - start])
  }
  return { times, results: document.querySelectorAll(".md-search-result__item").length }
}
