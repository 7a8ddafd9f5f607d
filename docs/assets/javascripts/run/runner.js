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
    worker.onerror = (event) => { // (out of memory, say): the run that uses it ends with the message
      reject(new Error(event.message || "worker"));
      python.listeners.forEach((listener) => listener({ type: "crashed", message: event.message || "worker" }));
    };
  });
  python.ready.catch(() => { python.failed = true; }); // reported by the run that uses it
  worker.postMessage({ type: "start", manifest: config, showProgress });
  return python;
}

let spare = null;
function takePython(showProgress) {
  if (spare?.failed) { // (the network was down when it started: try again)
    spare.worker.terminate();
    spare = null;
  }
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
    this.lines = element("code", { tabindex: "0" }); // scrollable with the keyboard
    this.output = element("div", { class: "language-text highlight run-output", hidden: "", "data-state": "idle" },
      element("span", { class: "filename", text: T.output }), element("pre", {}, this.lines));
    this.bar.after(this.output);
  }

  source() {
    return this.editor ? this.editor.get() : this.original;
  }

  // The output's state, said in the status; Stop takes Run's place while busy, and keeps the focus where it was.
  setState(state, text = T[state] ?? "") {
    this.output.dataset.state = state;
    this.status.textContent = text;
    const busy = state === "loading" || state === "running";
    const focused = document.activeElement;
    this.buttons.run.hidden = busy;
    this.buttons.stop.hidden = !busy;
    if (focused === this.buttons.run && busy) this.buttons.stop.focus();
    if (focused === this.buttons.stop && !busy) this.buttons.run.focus();
  }

  askConsent() {
    return new Promise((resolve) => {
      const mb = (config.first_download_bytes / 1e6).toFixed(1); // Latin digits, as the outputs write numbers
      const id = `run-consent-${Math.random().toString(36).slice(2)}`;
      const text = element("p", { id, text: T.consent.replace("{mb}", mb) });
      const yes = element("button", { type: "button", text: T.consent_yes, "aria-describedby": id });
      const no = element("button", { type: "button", text: T.consent_no, "aria-describedby": id });
      const panel = element("div", { class: "run-consent", role: "group" }, text, yes, no);
      this.bar.after(panel);
      const answer = (ok) => {
        this.buttons.run.focus(); // before the panel goes: Stop takes the focus from it as the run starts
        panel.remove();
        if (ok) sessionStorage.setItem(CONSENT, "yes");
        resolve(ok);
      };
      yes.addEventListener("click", () => answer(true));
      no.addEventListener("click", () => answer(false));
      panel.addEventListener("keydown", (event) => event.key === "Escape" && answer(false));
      yes.focus();
    });
  }

  async run() {
    if (this.python || this.asking) return; // one run at a time per example, one question at a time
    if (!consented()) {
      this.asking = true;
      const ok = await this.askConsent();
      this.asking = false;
      if (!ok || this.python) return;
    }
    const python = (this.python = takePython(!spare));
    this.output.hidden = false;
    this.lines.replaceChildren();
    this.setState(python.isReady ? "running" : "loading");
    let queued = [];
    let shownPercent = -10;
    const flush = () => {
      this.lines.append(...queued);
      queued = [];
    };
    python.listeners.add((message) => {
      if (message.type === "progress" && message.total) {
        const percent = Math.min(99, Math.floor((100 * message.loaded) / message.total));
        if (percent >= shownPercent + 10) { // a status a screen reader can follow: every tenth
          shownPercent = percent - (percent % 10);
          this.status.textContent = `${T.loading} ${shownPercent}%`;
        }
      } else if (message.type === "out" || message.type === "err") {
        if (!queued.length) requestAnimationFrame(flush);
        const text = document.createTextNode(message.line + "\n");
        queued.push(message.type === "err" ? element("span", { class: "run-err" }, text) : text);
      } else if (message.type === "done") {
        flush();
        this.finish(message.ok ? "finished" : "failed", message);
      } else if (message.type === "crashed" && this.python === python && python.isReady) {
        flush();
        this.lines.append(element("span", { class: "run-err", text: `${message.message}\n` }));
        this.finish("failed");
      }
    });
    try {
      await python.ready;
    } catch (error) {
      if (this.python !== python) return;
      this.finish("load_failed");
      this.lines.append(element("span", { class: "run-err", text: String(error.message) + "\n" }));
      return;
    }
    if (this.python !== python) return; // stopped while loading
    this.setState("running");
    python.worker.postMessage({ type: "run", name: this.name, code: this.source(), on_demand: config.on_demand });
  }

  finish(state, result = {}) {
    const loaded = this.python?.isReady;
    this.python?.worker.terminate();
    this.python = null;
    this.setState(state, result.ms === undefined ? T[state].replace(/\s*\([^)]*\{s\}[^)]*\)/, "") // no time: no "( s)"
      : T[state].replace("{s}", (result.ms / 1000).toFixed(2)));
    this.output.dataset.onDemand = (result.on_demand ?? []).join(" ");
    this.output.dataset.runs = Number(this.output.dataset.runs ?? 0) + 1; // how many runs have ended here
    // The next Python, ready for the next click; not after a Stop during the first download, nor a failed one
    // (the reader chose not to wait, or the network is down: no download behind their back).
    if (loaded || state === "finished" || state === "failed") keepOneReady();
  }

  stop() {
    if (this.python) this.finish("stopped");
  }

  async edit() {
    if (this.editing) return;
    this.editing = true;
    let createEditor;
    try {
      ({ createEditor } = await import(EDITOR));
    } catch {
      this.editing = false;
      this.status.textContent = T.editor_failed;
      return;
    }
    const hintId = `run-hint-${Math.random().toString(36).slice(2)}`;
    const host = element("div", { class: "run-editor" });
    this.hint = element("p", { class: "run-hint", id: hintId, text: T.editor_hint });
    this.code.hidden = true;
    this.code.after(host);
    this.bar.after(this.hint); // under the buttons
    this.editor = createEditor(host, this.original, {
      label: T.editor.replace("{name}", this.name),
      describedBy: hintId,
      onRun: () => this.run(),
      onChange: (text) => this.copyButton?.setAttribute("data-clipboard-text", text),
    });
    this.buttons.edit.hidden = true;
    this.buttons.reset.hidden = false;
    if (this.status.textContent === "…") this.status.textContent = "";
    this.editor.focus();
  }

  // The original program back in the editor, as one change its undo (Ctrl+Z) can take back.
  reset() {
    this.editor?.set(this.original);
    this.editor?.focus();
  }
}

// --- what run.js calls ------------------------------------------------------------------------------------------

const examples = new WeakMap();

// A click on one of `block`'s buttons.
export function act(block, action) {
  if (!examples.has(block)) examples.set(block, new Example(block));
  const example = examples.get(block);
  if (example.status.textContent === "…") example.status.textContent = ""; // run.js's "loading the rest"
  example[action]();
}

export { keepOneReady };
