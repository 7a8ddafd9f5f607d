// Marks the code tokens whose colour contrast is already decided by an earlier token on the page: a token span
// with no elements inside, of the same Pygments class, colour, size and weight, on the same background (the
// same kind of code block, inside or outside a highlighted line, admonition or note). axe-core excludes the
// marked ones; every distinct pair of colours is still checked once per page. Returns how many it marked.
() => {
  const seen = new Set()
  let twins = 0
  for (const span of document.querySelectorAll(".md-typeset pre code span")) {
    if (span.firstElementChild || !span.textContent.trim()) continue
    const style = getComputedStyle(span)
    const key = [
      span.className, style.color, style.fontSize, style.fontWeight, style.backgroundColor,
      span.closest(".hll") ? "hll" : "", span.closest(".code-note") ? "note" : "",
      span.closest(".highlight")?.className, span.closest(".admonition, details, .tabbed-set")?.className ?? "",
    ].join("|")
    if (seen.has(key)) {
      span.setAttribute("data-axe-twin", "")
      twins++
    } else seen.add(key)
  }
  return twins
}
