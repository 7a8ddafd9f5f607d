// Clicks the copy button of every Python code block, in order, and returns [title, text] per block: the text the
// browser's copy command copied, as the `copy` event sees it (Material's clipboard.js selects a hidden textarea
// holding the code and runs document.execCommand("copy"), which fires that event synchronously). A block hidden
// by a closed collapsible note or content tab is first shown, as a reader would (its summary or tab label is
// clicked). The copy is recorded and cancelled, so that these clicks leave the clipboard alone (other tabs use it
// meanwhile). The caller checks, with a real click and the real clipboard, that the event sees what is copied.
() => {
  const copies = []
  const record = e => {
    const t = e.target, field = t && typeof t.value === "string" && t.selectionStart != null
    copies.push(field ? t.value.slice(t.selectionStart, t.selectionEnd) : String(getSelection()))
    e.preventDefault()
  }
  document.addEventListener("copy", record, true)
  try {
    return [...document.querySelectorAll("div.language-python.highlight")].map((block, i) => {
      const title = block.querySelector(".filename")?.textContent ?? `block ${i + 1}`
      for (let d = block.closest("details:not([open])"); d; d = d.parentElement.closest("details:not([open])"))
        d.querySelector(":scope > summary").click()
      const tab = block.closest(".tabbed-block")
      if (tab && !block.checkVisibility()) {  // Material's tabs: a label in .tabbed-labels per block, in order
        const set = tab.closest(".tabbed-set"), index = [...tab.parentElement.children].indexOf(tab)
        set.querySelector(":scope > .tabbed-labels").children[index].click()
      }
      const before = copies.length
      block.querySelector("button.md-code__button[data-md-type=copy]").click()
      return [title, copies.length > before ? copies[before] : null]
    })
  } finally {
    document.removeEventListener("copy", record, true)
  }
}
