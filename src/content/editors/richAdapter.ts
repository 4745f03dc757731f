import { editRich } from './richEdit';
import { offsetOf, rangeFor, readTextModel } from './textModel';
import type { EditorAdapter, EditorKind } from './types';

/** TipTap/ProseMirror, Quill, Lexical, Draft.js and plain contenteditable. */
export function richTextAdapter(element: HTMLElement, kind: EditorKind): EditorAdapter {
  const doc = element.ownerDocument;
  let savedCaret: number | null = null;

  const caretOffset = () => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!element.contains(range.endContainer)) return null;
    return offsetOf(readTextModel(element), range.endContainer, range.endOffset);
  };

  return {
    kind,
    element,
    readText: () => readTextModel(element).text,
    rangeFor: (start, end) => rangeFor(readTextModel(element), start, end, doc),
    async replace(start, end, expected, replacement) {
      if (readTextModel(element).text.slice(start, end) !== expected) return 'stale';
      return editRich(element, kind, start, end, replacement);
    },
    async insertAtCaret(text) {
      const length = readTextModel(element).text.length;
      const at = Math.min(caretOffset() ?? savedCaret ?? length, length);
      return editRich(element, kind, at, at, text, text.includes('\n'));
    },
    caretOffset,
    rememberCaret() {
      savedCaret = caretOffset() ?? savedCaret;
    },
  };
}
