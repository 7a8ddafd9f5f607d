// What one page view tells the per-page tests: language, description, canonical and hreflang links, the
// palette toggle's labels, whether code is monospace, and (marked with data-probe) an element whose own text
// is Bengali, for the font check. Argument: the Bengali Unicode block as a character-class range.
(bengaliBlock) => {
  const q = s => document.querySelector(s)
  const bengali = new RegExp(`[${bengaliBlock}]`)
  const probe = [...document.querySelectorAll(".md-content :is(h1, p, li)")].find(e =>
    bengali.test([...e.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join("")))
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
    sections: [...document.querySelectorAll(".md-content h2[id]")].map(h => h.id),
  }
}
