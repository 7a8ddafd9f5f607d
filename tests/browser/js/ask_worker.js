// The page's own search worker (Material's, through search_on_demand.js), set up as the page sets it up, asked
// for each word alone. With `docs`, it searches those documents instead of the site's.
// `stub`: where a language's search configuration is (machinery.layout.SEARCH_STUB).
// Returns { word: [locations of the pages found] }.
async ({ words, docs, stub: stubPath }) => {
  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base.replace(/\/?$/, "/"), location)
  const stub = await (await fetch(new URL(stubPath, base))).json()
  const worker = new Worker(new URL(config.search, location))
  const ask = message => new Promise(resolve => {
    worker.onmessage = ev => resolve(ev.data)
    worker.postMessage(message)
  })
  await ask({ type: 0, data: { config: stub.config, docs: docs || [], options: { suggest: false } } })
  const found = {}
  for (const word of words) {
    const { data } = await ask({ type: 2, data: word })
    found[word] = [...new Set(data.items.flat().map(item => item.location.split("#")[0]))]
  }
  worker.terminate()
  return found
}
