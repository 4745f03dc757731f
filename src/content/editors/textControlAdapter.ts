import { settlesTo } from './verify';
import type { EditOutcome, EditorAdapter } from './types';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

// textarea and input: execCommand('insertText') keeps the browser's own undo
// stack; setRangeText is the fallback for pages that block it (undo is lost
// there, so it comes second).
async function editControl(
  element: TextControl,
  start: number,
  end: number,
  replacement: string,
): Promise<EditOutcome> {
  const original = element.value;
  const target = original.slice(0, start) + replacement + original.slice(end);
  const win = element.ownerDocument.defaultView ?? window;
  element.focus({ preventScroll: true });
  element.setSelectionRange(start, end);
  element.ownerDocument.execCommand('insertText', false, replacement);
  if (await settlesTo(() => element.value, target, win)) return 'replaced';
  if (element.value !== original) return 'unexpected';
  element.setRangeText(replacement, start, end, 'end');
  element.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      inputType: 'insertReplacementText',
      data: replacement,
    }),
  );
  return (await settlesTo(() => element.value, target, win)) ? 'replaced' : 'copied';
}

export function textControlAdapter(element: TextControl): EditorAdapter {
  let savedCaret: number | null = null;
  const caretOffset = () =>
    element.ownerDocument.activeElement === element ? element.selectionEnd : null;
  return {
    kind: element instanceof HTMLTextAreaElement ? 'textarea' : 'input',
    element,
    readText: () => element.value,
    rangeFor: () => null,
    async replace(start, end, expected, replacement) {
      if (element.value.slice(start, end) !== expected) return 'stale';
      return editControl(element, start, end, replacement);
    },
    async insertAtCaret(text) {
      const at = Math.min(
        caretOffset() ?? savedCaret ?? element.value.length,
        element.value.length,
      );
      const value = element instanceof HTMLInputElement ? text.replace(/\s*\n+\s*/g, ' ') : text;
      return editControl(element, at, at, value);
    },
    caretOffset,
    rememberCaret() {
      savedCaret = caretOffset() ?? savedCaret;
    },
  };
}
