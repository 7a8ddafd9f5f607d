// Builds the browser's Python library (machinery/runtime.py calls this; do not run it by hand).
// Reads a JSON request on stdin: {pyodide: dir of npm pyodide, wheels: [paths], modules: [names], out: zip path}.
// In Pyodide itself (the very CPython the browser runs), it installs the wheels, imports every module asked for,
// and writes one zip of what those imports loaded, from the standard library and the wheels alike, each module
// byte-compiled by that interpreter (so the browser neither downloads nor compiles the rest). Prints a JSON report.
import fs from "node:fs";
import path from "node:path";

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const { loadPyodide } = await import(path.join(request.pyodide, "pyodide.mjs"));
const py = await loadPyodide({ indexURL: request.pyodide + "/", env: { PYTHONHASHSEED: "0", PYTHONNODEBUGRANGES: "1" } });
for (const wheel of request.wheels) {
  py.unpackArchive(new Uint8Array(fs.readFileSync(wheel)), "wheel", { extractDir: py._api.sitePackages ?? "/lib/python3.14/site-packages" });
}
py.globals.set("request", py.toPy(request));
let report;
try {
  report = py.runPython(`
import ast, importlib, importlib.util, io, json, sys, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

DOCSTRING = "(not kept in the browser's copy of this module)"
for name in request["modules"]:
    importlib.import_module(name)  # a module that does not import fails the build, loudly

stdlib = next(p for p in sys.path if p.endswith(".zip")) + "/"
site = next(p for p in sys.path if p.endswith("site-packages")) + "/"
members = {}
for name, module in sorted(sys.modules.items()):
    file = getattr(module, "__file__", None)
    spec = getattr(module, "__spec__", None)
    if not file or not file.endswith(".py") or (spec and spec.origin == "frozen"):
        continue  # built in, or frozen into the interpreter
    for root in (stdlib, site):
        if file.startswith(root):
            members[file[len(root):]] = (name, module, root)
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for member, (name, module, root) in sorted(members.items()):
        if root == site:
            source = open(root + member, "rb").read()
        else:
            source = module.__loader__.get_data(root + member)
        # Shown in tracebacks as where the module lives in the browser: inside the one zip on sys.path.
        tree = ast.parse(source, stdlib + member)
        for node in ast.walk(tree):  # docstrings: half of SQLAlchemy's bytes; a short one in their place, as
            body = getattr(node, "body", None)  # code such as SQLAlchemy's events asserts that one is there
            if (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body
                    and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                    and isinstance(body[0].value.value, str)):
                body[0].value.value = DOCSTRING
        code = compile(tree, stdlib + member, "exec", dont_inherit=True)
        info = zipfile.ZipInfo(member[:-3] + ".pyc", date_time=(2020, 1, 1, 0, 0, 0))  # reproducible
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, _code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))
archive_bytes = buffer.getvalue()
builtin = sorted(name for name in request["modules"]  # in the interpreter itself: nothing to ship
                 if getattr(sys.modules[name].__spec__, "origin", None) in ("built-in", "frozen"))
json.dumps({"modules": sorted(m[0] for m in members.values()), "builtin": builtin, "bytes": len(buffer.getvalue()),
            "python": sys.version.split()[0]})
`);
} catch (error) {
  console.error(String(error.message ?? error));  // the Python traceback, not Pyodide's minified source
  process.exit(1);
}
fs.writeFileSync(request.out, py.globals.get("archive_bytes").toJs());
console.log(report);
