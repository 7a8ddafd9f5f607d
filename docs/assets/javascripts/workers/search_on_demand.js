// Material's search worker, started on the reader's first query instead of on every page view, with queries in
// Unicode NFC (the pages are NFC; a Bengali keyboard may type ো as ে + া).
//
// Material's page script fetches <language>/search/search_index.json on every page and sends it here. That file
// only holds the search configuration and where the documents are (hooks/search_per_language.py), so a page view
// costs this small script and a tiny JSON file. The first non-empty query loads Material's worker (its name is in
// this script's ?worker=) and the language's documents, hands both to it, and from then on every message goes
// straight to it; focusing the search box already starts that (below).
const worker = new URL(new URL(location.href).searchParams.get("worker"), location.href)
const root = new URL("../../../", location.href)  // this file is <site>/assets/javascripts/workers/
const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3  // Material's SearchMessageType

let setup = null, handle = null, started = null, latest = null
const send = self.postMessage.bind(self)

function start() {
  let ready
  const isReady = new Promise(resolve => (ready = resolve))
  self.postMessage = message => (message.type === READY ? ready() : send(message))  // the page had its READY
  const listen = self.addEventListener  // Material's worker listens for messages: it gets them from us instead
  self.addEventListener = (type, fn, ...rest) => (type === "message" ? (handle = fn) : listen.call(self, type, fn, ...rest))
  importScripts(worker.href)
  self.addEventListener = listen
  return fetch(new URL(setup.config.documents, root))
    .then(response => response.json())
    .then(({ docs }) => {
      handle({ data: { type: SETUP, data: { ...setup, docs } } })
      return isReady
    })
}

// The page says when the reader focuses the search box (overrides/main.html): start loading then, so the index
// is ready by the time the first word is typed.
new BroadcastChannel("search-warm-up").onmessage = () => { if (setup) started ||= start() }

self.onmessage = ({ data: message }) => {
  if (message.type === SETUP) {
    setup = message.data
    send({ type: READY })
  } else if (message.type === QUERY) {
    const query = message.data.normalize("NFC")
    if (!started && !query.trim())
      return send({ type: RESULT, data: { items: [] } })
    latest = query
    started ||= start()
    started.then(
      () => latest === query && handle({ data: { type: QUERY, data: query } }),
      () => ((started = null), send({ type: RESULT, data: { items: [] } }))  // offline? the next query retries
    )
  }
}
