// The Run button's second part (run.js made the buttons): each run is a fresh Python in a module worker
// (worker.js), started for that run and ended after it; while the reader reads, one more is started and kept
// ready, so the next Run starts at once. Nothing is downloaded before the reader agrees to the first download.
import { config, strings } from "./config.js"; // written by hooks/run_buttons.py from machinery/runtime.py
import { ACTIONS, CONSENT } from "./run.js";

const T = strings[document.documentElement.lang] ?? strings[config.default_language];
const WORKER = new URL("./worker.js", import.meta.url);
const EDITOR = new URL(`../../runtime/${config.editor}`, import.meta.url);
const STYLES = new URL("../../stylesheets/run.css", import.meta.url);

const consented = () => sessionStorage.getItem(CONSENT) === "yes";
document.head.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href: STYLES.href }));

// --- Pythons: one per run, one kept ready --------------------------------------------------------------------

function startPython(showProgress) {
  const worker = new Worker(WORKER, { type: "module", name: "python" });
  const python = { worker, listeners: new Set(), isReady: false };
  python.ready = new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === "ready") { python.isReady = true; resolve(data); }
      if (data.type === "failed") reject(new Error(data.message));
      python.listeners.forEach((listener) => listener(data));
    };
    worker.onerror = (event) => reject(new Error(event.message || "worker"));
  });
  python.ready.catch(() => {}); // reported by the run that uses it
  worker.postMessage({ type: "start", manifest: config, showProgress });
  return python;
}

let spare = null;
function takePython(showProgress) {
  const python = spare ?? startPython(showProgress);
  spare = null;
  delete document.documentElement.dataset.runPython;
  return python;
}
// <html data-run-python="starting" | "ready">: a Python waits for the next Run (what the tests wait for).
function keepOneReady() {
  if (spare) return;
  const python = (spare = startPython(false));
  document.documentElement.dataset.runPython = "starting";
  python.ready.then(() => {
    if (spare === python) document.documentElement.dataset.runPython = "ready";
  }, () => {});
}

// --- one example -----------------------------------------------------------------------------------------------

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

// The program as the page shows it and Copy copies it: without the code-note numbers.
function programText(code) {
  const copy = code.cloneNode(true);
  copy.querySelectorAll(".code-note").forEach((note) => note.remove());
  return copy.textContent.replace(/[ \t]+$/gm, "").replace(/\n+$/, "") + "\n";
}

class Example {
  constructor(block) {
    this.block = block;
    this.name = block.dataset.run.split("/").pop();
    this.code = block.querySelector("pre > code");
    this.original = programText(this.code);
    this.copyButton = block.querySelector("[data-clipboard-target]");
    this.editor = null;
    this.python = null;

    this.bar = block.nextElementSibling; // run.js's buttons
    this.buttons = Object.fromEntries(ACTIONS.map((action) => [action, this.bar.querySelector(`.run-${action}`)]));
    this.status = this.bar.querySelector(".run-status");
    this.lines = element("code");
    this.output = element("div", { class: "language-text highlight run-output", hidden: "", "data-state": "idle" },
      element("span", { class: "filename", text: T.output }), element("pre", {}, this.lines));
    this.bar.after(this.output);
  }

  source() {
    return this.editor ? this.editor.get() : this.original;
  }

  setState(state, text = T[state] ?? "") {
    this.output.dataset.state = state;
    this.status.textContent = text;
    const busy = state === "loading" || state === "running";
    this.buttons.run.hidden = busy;
    this.buttons.stop.hidden = !busy;
  }

  askConsent() {
    return new Promise((resolve) => {
      const mb = (config.first_download_bytes / 1e6).toFixed(1); // Latin digits, as the outputs write numbers
      const yes = element("button", { type: "button", text: T.consent_yes });
      const no = element("button", { type: "button", text: T.consent_no });
      const panel = element("div", { class: "run-consent" }, element("p", { text: T.consent.replace("{mb}", mb) }),
        yes, no);
      this.bar.after(panel);
      const answer = (ok) => {
        panel.remove();
        if (ok) sessionStorage.setItem(CONSENT, "yes");
        resolve(ok);
        (ok ? this.buttons.stop : this.buttons.run).focus();
      };
      yes.addEventListener("click", () => answer(true));
      no.addEventListener("click", () => answer(false));
      yes.focus();
    });
  }

  async run() {
    if (this.python) return;
    if (!consented() && !(await this.askConsent())) return;
    const python = (this.python = takePython(!spare));
    this.output.hidden = false;
    this.lines.replaceChildren();
    this.setState(python.isReady ? "running" : "loading");
    let queued = [];
    const flush = () => {
      this.lines.append(...queued);
      queued = [];
    };
    python.listeners.add((message) => {
      if (message.type === "progress" && message.total) {
        this.status.textContent = `${T.loading} ${Math.min(99, Math.round((100 * message.loaded) / message.total))}%`;
      } else if (message.type === "out" || message.type === "err") {
        if (!queued.length) requestAnimationFrame(flush);
        const text = document.createTextNode(message.line + "\n");
        queued.push(message.type === "err" ? element("span", { class: "run-err" }, text) : text);
      } else if (message.type === "done") {
        flush();
        this.finish(message.ok ? "finished" : "failed", message);
      }
    });
    try {
      await python.ready;
    } catch (error) {
      this.finish("load_failed");
      this.lines.append(element("span", { class: "run-err", text: String(error.message) + "\n" }));
      return;
    }
    if (this.python !== python) return; // stopped while loading
    this.setState("running");
    python.worker.postMessage({ type: "run", name: this.name, code: this.source(), on_demand: config.on_demand });
  }

  finish(state, result = {}) {
    this.python?.worker.terminate();
    this.python = null;
    const ms = result.ms === undefined ? "" : ` (${(result.ms / 1000).toFixed(2)} s)`;
    this.setState(state, T[state] + ms);
    this.output.dataset.onDemand = (result.on_demand ?? []).join(" ");
    this.output.dataset.runs = Number(this.output.dataset.runs ?? 0) + 1; // how many runs have ended here
    keepOneReady();
  }

  stop() {
    if (this.python) this.finish("stopped");
  }

  async edit() {
    if (this.editing) return;
    this.editing = true;
    const { createEditor } = await import(EDITOR);
    const host = element("div", { class: "run-editor" });
    this.code.hidden = true;
    this.code.after(host);
    this.editor = createEditor(host, this.original, {
      label: T.editor,
      onRun: () => this.run(),
      onChange: (text) => this.copyButton?.setAttribute("data-clipboard-text", text),
    });
    this.buttons.edit.hidden = true;
    this.buttons.reset.hidden = false;
    this.editor.focus();
  }

  reset() {
    this.editor?.view.destroy();
    this.block.querySelector(".run-editor")?.remove();
    this.editor = null;
    this.editing = false;
    this.code.hidden = false;
    this.copyButton?.removeAttribute("data-clipboard-text");
    this.buttons.edit.hidden = false;
    this.buttons.reset.hidden = true;
    this.buttons.edit.focus();
  }
}

// --- what run.js calls ------------------------------------------------------------------------------------------

const examples = new WeakMap();

// A click on one of `block`'s buttons.
export function act(block, action) {
  if (!examples.has(block)) examples.set(block, new Example(block));
  examples.get(block)[action]();
}

export { keepOneReady };
