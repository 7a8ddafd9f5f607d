// Times one Run of the page's first runnable example as a reader meets it: the click on Run (and, when `agree`,
// on the consent panel's "download and run"), the first line of output drawn in the page, and the run's end.
// performance.now() milliseconds; it waits for the page's state (data-state, data-runs), not for time.
async ([agree]) => {
  const until = (found) => new Promise((resolve) => {
    const check = () => { const value = found(); if (value) { observer.disconnect(); resolve(value) } }
    const observer = new MutationObserver(check)
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    check()
  })
  const block = document.querySelector("[data-run]")
  const bar = await until(() => block.nextElementSibling?.classList.contains("run-bar") && block.nextElementSibling)
  const outputOf = () => {
    let node = bar.nextElementSibling
    while (node && !node.classList.contains("run-output")) node = node.nextElementSibling
    return node
  }
  const ended = Number(outputOf()?.dataset.runs ?? 0)
  const times = { run: performance.now() }
  bar.querySelector(".run-run").click()
  if (agree) {
    const yes = await until(() => document.querySelector(".run-consent button"))
    times.consent = performance.now()
    yes.click()
  }
  const started = () => { const out = outputOf(); return out && ["loading", "running"].includes(out.dataset.state) && out }
  await until(() => Number(outputOf()?.dataset.runs ?? 0) === ended && started())
  await until(() => outputOf().querySelector("code").firstChild)
  times.first_line = performance.now()
  await until(() => Number(outputOf().dataset.runs) > ended)
  times.done = performance.now()
  times.state = outputOf().dataset.state
  return times
}
