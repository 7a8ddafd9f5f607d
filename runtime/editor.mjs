// The code editor the Run button opens (bundled by esbuild into .vendor/runtime/editor.js, loaded only when a
// reader starts editing). CodeMirror 6 handles Bengali text (cursor placement in Indic scripts) where Ace does not.
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, drawSelection, highlightActiveLine } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, indentOnInput, bracketMatching } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";

// An editor in `parent` holding `doc`; `label` names it for screen readers and `describedBy` is the id of its
// hint (how to run, how to leave: Tab indents here), `onRun` is Ctrl/Cmd+Enter, `onChange` gets the text after
// each change. Returns {view, get(), set(text), focus()}.
export function createEditor(parent, doc, { label, describedBy, onRun, onChange } = {}) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        python(),
        syntaxHighlighting(classHighlighter), // tok-* classes, coloured by reader.css with the theme's code colours
        keymap.of([
          { key: "Mod-Enter", run: () => { onRun?.(); return true; } },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.contentAttributes.of({ "aria-label": label || "Python", spellcheck: "false",
                                          ...(describedBy ? { "aria-describedby": describedBy } : {}) }),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => update.docChanged && onChange?.(update.state.doc.toString())),
      ],
    }),
  });
  return {
    view,
    get: () => view.state.doc.toString(),
    set: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    focus: () => view.focus(),
  };
}
