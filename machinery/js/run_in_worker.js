// One program in a fresh worker of the Run button (docs/assets/javascripts/run/worker.js), as runner.js runs it:
// what it printed, whether it ended well, and which modules it fetched on demand (machinery/browser_leg.py).
async ([scripts, name, code]) => {
  const {config} = await import(new URL(`${scripts}config.js`, document.baseURI).href)
  const worker = new Worker(new URL(`${scripts}worker.js`, document.baseURI), {type: "module"})
  const out = [], err = []
  try {
    return await new Promise((resolve, reject) => {
      worker.onerror = event => reject(new Error(event.message || "worker error"))
      worker.onmessage = ({data}) => {
        if (data.type === "failed") reject(new Error(data.message))
        else if (data.type === "ready") worker.postMessage({type: "run", name, code, on_demand: config.on_demand})
        else if (data.type === "out") out.push(data.line)
        else if (data.type === "err") err.push(data.line)
        else if (data.type === "done") resolve({ok: data.ok, ms: data.ms, on_demand: data.on_demand,
                                                 stdout: out.join("\n"), stderr: err.join("\n")})
      }
      worker.postMessage({type: "start", manifest: config, showProgress: false})
    })
  } finally {
    worker.terminate()
  }
}
