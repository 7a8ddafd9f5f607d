// Material's search worker, started on the reader's first query instead of on every page view, with queries in
// Unicode NFC (the pages are NFC; a Bengali keyboard may type ো as ে + া) and stemmed.
//
// Material's page script fetches <language>/search/search_index.json on every page and sends it here. That file
// only holds the search configuration and where the documents are (hooks/search_per_language.py), so a page view
// costs this small script and a tiny JSON file. The first non-empty query loads Material's worker (its name is in
// this script's ?worker=) and the language's documents, hands both to it, and from then on every message goes
// straight to it; focusing the search box already starts that (below). A SETUP message that brings documents of
// its own (the tests' made-up ones) is given those instead.
//
// Stemming: the index is stemmed by the language's stemmer (the index's `config.pipeline` names "stemmer" and
// `config.lang` the language: lunr's English stemmer, or ../lunr/min/lunr.bn.min.js), but lunr does not run its
// query pipeline on wildcard terms, and Material makes every query term a wildcard (`commit*`). So each word of
// the query, cut where the index's separator cuts, is stemmed here first: "committing" searches as "commit*" and
// "সেশনগুলোর" as "সেশন*", finding every form of the word on the site.
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
  const documents = setup.docs.length ? Promise.resolve(setup)
    : fetch(new URL(setup.config.documents, root)).then(response => response.json())
  return documents.then(({ docs }) => {
    handle({ data: { type: SETUP, data: { ...setup, docs } } })
    return isReady
  })
}

// The query with each word replaced by its stem (once Material's worker has loaded the language's stemmer).
function stemmed(query) {
  const { lang: [lang], pipeline, separator } = setup.config
  const stemmer = pipeline.includes("stemmer") && (lang === "en" ? self.lunr.stemmer : self.lunr[lang]?.stemmer)
  if (!stemmer) return query
  const stem = word => (word ? stemmer(new self.lunr.Token(word.toLowerCase())).toString() : word)
  const cut = new RegExp(separator, "g")
  let out = "", from = 0
  for (let match; (match = cut.exec(query)); ) {
    out += stem(query.slice(from, match.index)) + (match[0] || (match.index > from ? " " : ""))
    from = match.index + match[0].length
    if (!match[0]) cut.lastIndex++
  }
  return out + stem(query.slice(from))
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
      () => latest === query && handle({ data: { type: QUERY, data: stemmed(query) } }),
      () => ((started = null), send({ type: RESULT, data: { items: [] } }))  // offline? the next query retries
    )
  }
}
