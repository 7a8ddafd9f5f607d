// The Run button's first part, on every page with an example the browser can run (a code block with data-run,
// hooks/run_buttons.py): the buttons under each one, in the page's language (the labels come with this script's
// tag). The rest, runner.js, loads when the reader first clicks one, or at once on a later page of a visit in
// which the reader agreed to the download, to have a Python ready before the click.
export const CONSENT = "sqla-session-guide:run-consent"; // sessionStorage: this visit
// The buttons, in order: Stop takes Run's place while a program runs, Reset Edit's while the editor is open.
export const ACTIONS = ["run", "stop", "edit", "reset"];
const HIDDEN_AT_FIRST = ["stop", "reset"];

// Not on a file:// page (no worker can start there), nor in a browser without WebAssembly or workers.
if (location.protocol !== "file:" && typeof WebAssembly === "object" && "Worker" in window) {
  const labels = document.querySelector("script[data-run-labels]").dataset.runLabels.split("|");
  let runner;
  const load = () => (runner ??= import("./runner.js"));
  for (const block of document.querySelectorAll("[data-run]")) {
    const bar = document.createElement("div");
    bar.className = "run-bar";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", block.querySelector(".filename")?.textContent ?? "");
    const status = document.createElement("span");
    status.className = "run-status";
    status.setAttribute("role", "status");
    ACTIONS.forEach((action, i) => {
      const button = document.createElement("button");
      Object.assign(button, { type: "button", className: `run-${action}`, textContent: labels[i],
                              hidden: HIDDEN_AT_FIRST.includes(action) });
      button.addEventListener("click", async () => {
        if (!runner) status.textContent = "…"; // at once, while the rest loads
        (await load()).act(block, action);
      });
      bar.append(button);
    });
    bar.append(status);
    block.after(bar);
  }
  if (sessionStorage.getItem(CONSENT) === "yes") {
    const warm = () => load().then((module) => module.keepOneReady());
    const idle = () => ("requestIdleCallback" in window ? requestIdleCallback(warm) : warm());
    document.readyState === "complete" ? idle() : addEventListener("load", idle, { once: true });
  }
}
