// One run of one program, in its own fresh Python (a module worker; run.js starts one per run and ends it after).
// Messages to the page: {type: "progress", loaded, total} while downloading, {type: "ready", ms} once Python and
// SQLAlchemy are imported, {type: "out" | "err", line} as the program prints, {type: "done", ok, ms, on_demand},
// {type: "failed", message} if Python cannot start. From the page: {type: "run", name, code}.
import { loadPyodide } from "../../runtime/pyodide.mjs";

const RUNTIME = new URL("../../runtime/", import.meta.url).href;
const started = performance.now();

// Counts what the downloads have delivered so far, for the page's progress bar (on the first run only: later
// ones come from the HTTP cache, where the browser also keeps the compiled WebAssembly).
const realFetch = globalThis.fetch;
let expected = 0;
let loaded = 0;
function countingFetch(input, init) {
  return realFetch(input, init).then((response) => {
    if (!response.ok || !response.body) return response;
    const counted = response.body.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        postMessage({ type: "progress", loaded, total: expected });
        controller.enqueue(chunk);
      },
    }));
    return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
}

async function boot(manifest, showProgress) {
  if (showProgress) {
    expected = ["pyodide.asm.wasm", "python.zip"].reduce((sum, name) => sum + manifest.sizes[name], 0);
    globalThis.fetch = countingFetch;
  }
  const pyodide = await loadPyodide({
    indexURL: RUNTIME,
    stdLibURL: RUNTIME + manifest.library,
    lockFileContents: { info: manifest.lock_info, packages: {} }, // no package index: nothing else is fetched
    packageBaseUrl: RUNTIME,
    env: { PYTHONHASHSEED: "0", HOME: "/home/pyodide" },
  });
  globalThis.fetch = realFetch;
  const sources = await Promise.all(manifest.python_files.map((name) => realFetch(RUNTIME + name).then((r) => r.text())));
  pyodide.FS.mkdirTree("/runner");
  manifest.python_files.forEach((name, i) => pyodide.FS.writeFile(`/runner/${name}`, sources[i]));
  pyodide.runPython(`
import sys
sys.path.insert(0, "/runner")
import in_browser, sqlalchemy.orm  # what every example imports first, ready before the reader's click
`);
  return pyodide;
}

let pyodide = null;
const pending = [];

self.onmessage = async ({ data }) => {
  if (data.type === "start") {
    try {
      pyodide = await boot(data.manifest, data.showProgress);
    } catch (error) {
      postMessage({ type: "failed", message: String(error?.message ?? error) });
      return;
    }
    postMessage({ type: "ready", ms: Math.round(performance.now() - started) });
    pending.splice(0).forEach((message) => self.onmessage({ data: message }));
  } else if (data.type === "run") {
    if (!pyodide) { pending.push(data); return; }
    const program = `/home/pyodide/${data.name}`;
    pyodide.FS.writeFile(program, data.code);
    const inBrowser = pyodide.pyimport("in_browser");
    const onDemand = inBrowser.OnDemand(RUNTIME, pyodide.toPy(data.on_demand));
    const post = (type) => (line) => postMessage({ type, line });
    try {
      const result = inBrowser.run(program, post("out"), post("err"), onDemand);
      postMessage({ type: "done", ...result.toJs({ dict_converter: Object.fromEntries }) });
    } catch (error) { // Pyodide itself failed (the program's own errors are caught in Python): say so, end
      postMessage({ type: "err", line: String(error?.message ?? error) });
      postMessage({ type: "done", ok: false, on_demand: [] });
    }
  }
};
