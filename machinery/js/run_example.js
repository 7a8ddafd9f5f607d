// Clicks Run under the page's `index`-th runnable example as a reader does (agreeing to the download when
// `agree`), and resolves when that run has ended: {state, stdout, stderr, on_demand, times}, where `times` holds
// performance.now() of the click on Run, of the consent click, of the first line of output drawn and of the end.
// It waits for the page's state (the output's data-state and its count of ended runs, data-runs), not for time.
// Used by tests/browser/test_run.py and ./dev bench-run.
async ([index, agree]) => {
  const until = (found) => new Promise((resolve) => {
    const check = () => { const value = found(); if (value) { observer.disconnect(); resolve(value) } }
    const observer = new MutationObserver(check)
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    check()
  })
  const block = document.querySelectorAll("[data-run]")[index]
  const bar = await until(() => block.nextElementSibling?.classList.contains("run-bar") && block.nextElementSibling)
  const outputOf = () => {
    let node = bar.nextElementSibling
    while (node && !node.classList.contains("run-output")) node = node.nextElementSibling
    return node
  }
  const ended = Number(outputOf()?.dataset.runs ?? 0)  // runs that ended here before this one
  const times = { run: performance.now() }
  bar.querySelector(".run-run").click()
  if (agree) {
    const yes = await until(() => document.querySelector(".run-consent button"))
    times.consent = performance.now()
    yes.click()
  }
  const started = () => { const out = outputOf(); return out && ["loading", "running"].includes(out.dataset.state) && out }
  const output = await until(() => Number(outputOf()?.dataset.runs ?? 0) === ended ? started() : outputOf())
  if (Number(output.dataset.runs ?? 0) === ended) {  // under way: its first line, then its end
    await until(() => output.querySelector("code").firstChild || Number(output.dataset.runs ?? 0) > ended)
    times.first_line = performance.now()
    await until(() => Number(output.dataset.runs ?? 0) > ended)
  }
  times.done = performance.now()
  const code = output.querySelector("code")
  const stderr = [...code.querySelectorAll(".run-err")].map((span) => span.textContent).join("")
  const copy = code.cloneNode(true)
  copy.querySelectorAll(".run-err").forEach((span) => span.remove())
  return { state: output.dataset.state, stdout: copy.textContent, stderr, times,
           on_demand: (output.dataset.onDemand || "").split(" ").filter(Boolean) }
}
