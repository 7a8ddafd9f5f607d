// Marks the elements whose colour contrast an earlier element of the page already decides, so that axe-core's
// color-contrast rule (and only that rule) passes over them: most of its time went to checking the same colours
// on the same background again for each of hundreds of code tokens and navigation links. Two text elements are
// twins when everything the contrast depends on is the same: their tag and role, text colour, size, weight,
// shadow and visibility, and the backdrop up to the first opaque background (each ancestor's background colour
// and image, its pseudo-elements' backgrounds, opacity, blending, filter and positioning). Every distinct case
// is still checked once per page. Returns how many elements it marked.
() => {
  const seen = new Set()
  let twins = 0
  const backdrop = element => {
    const layers = []
    for (let e = element; e; e = e.parentElement) {
      const s = getComputedStyle(e)
      const pseudo = ["::before", "::after"].map(p => getComputedStyle(e, p))
        .map(p => (p.content === "none" ? "" : p.backgroundColor + p.backgroundImage))
      layers.push([s.backgroundColor, s.backgroundImage, s.opacity, s.mixBlendMode, s.filter, s.position, ...pseudo])
      if (/^rgb\(/.test(s.backgroundColor)) break // opaque: nothing further down shows through
    }
    return JSON.stringify(layers)
  }
  for (const element of document.body.querySelectorAll("*")) {
    if (![...element.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.data.trim())) continue
    const s = getComputedStyle(element)
    const key = JSON.stringify([element.tagName, element.getAttribute("role"), s.color, s.fontSize, s.fontWeight,
      s.textShadow, s.visibility, s.clip, s.clipPath, backdrop(element)])
    if (seen.has(key)) {
      element.setAttribute("data-axe-twin", "")
      twins++
    } else seen.add(key)
  }
  return twins
}
