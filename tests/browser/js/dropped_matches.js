// Which of the selectors the build dropped from Material's stylesheet match an element of the page as it is now?
// Argument: the selectors, without pseudo-elements and state pseudo-classes (machinery/theme_css.py stateless).
// Returns the matches (selector and the element's tag and classes) and the selectors Chromium cannot parse.
(selectors) => {
  const matches = [], invalid = []
  for (const selector of selectors) {
    let element
    try { element = document.querySelector(selector) } catch (e) { invalid.push(selector); continue }
    if (element) matches.push({ selector, element: element.tagName.toLowerCase() +
      [...element.classList].map(c => "." + c).join("") })
  }
  return { matches, invalid, elements: document.querySelectorAll("*").length }
}
