// The clipboard's text once a copy button has filled it (the test empties it before each click): the condition
// is polled in the page, so one call waits for it. The caller bounds the wait.
async () => {
  for (;;) {
    const text = await navigator.clipboard.readText()
    if (text !== "") return text
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}
