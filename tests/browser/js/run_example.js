// Clicks Run under the page's `index`-th runnable example (agreeing to the download if the page asks) and
// resolves when the run has ended, with what it printed: {state, stdout, stderr, on_demand}. It waits for the
// output's count of ended runs (data-runs) to grow, not for time.
async ([index, agree]) => {
  const until = (found) => new Promise((resolve) => {
    const check = () => { const value = found(); if (value) { observer.disconnect(); resolve(value) } }
    const observer = new MutationObserver(check)
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
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
  bar.querySelector(".run-run").click()
  if (agree) (await until(() => document.querySelector(".run-consent button"))).click()
  const output = await until(() => Number(outputOf()?.dataset.runs ?? 0) > ended && outputOf())
  const code = output.querySelector("code")
  const stderr = [...code.querySelectorAll(".run-err")].map((span) => span.textContent).join("")
  const copy = code.cloneNode(true)
  copy.querySelectorAll(".run-err").forEach((span) => span.remove())
  return { state: output.dataset.state, stdout: copy.textContent, stderr,
           on_demand: (output.dataset.onDemand || "").split(" ").filter(Boolean) }
}
