// How the page's own "Noto Sans Bengali" (the site's subset, through its @font-face and unicode-range) and the
// full font (given as base64) draw each character: advance width and ink box at 32 px, on a canvas. A character
// the subset lacks is drawn as an empty .notdef (no ink) or by another font (other sizes).
async ({ characters, full }) => {
  const reference = new FontFace("full-reference", Uint8Array.from(atob(full), c => c.charCodeAt(0)))
  document.fonts.add(await reference.load())
  await document.fonts.load('32px "Noto Sans Bengali"', characters.join(""))
  const context = document.createElement("canvas").getContext("2d")
  const box = (family, text) => {
    context.font = `32px ${family}`
    const m = context.measureText(text)
    return [m.width, m.actualBoundingBoxLeft + m.actualBoundingBoxRight,
      m.actualBoundingBoxAscent + m.actualBoundingBoxDescent].map(v => Math.round(v * 100) / 100)
  }
  return Object.fromEntries(characters.map(c => [c, { site: box('"Noto Sans Bengali"', c), full: box('"full-reference"', c) }]))
}
