import { readTextModel, rangeFor } from './textModel';
import { sameText, settlesTo } from './verify';
import type { EditOutcome } from './types';

// Edits a contenteditable through the browser's editing pipeline, so the
// editor's own model and undo history stay true. Each step runs only while the
// text is still untouched, so a fallback can never apply an edit twice.

type Step = (root: HTMLElement, range: Range, text: string) => void;

const beforeInput =
  (inputType: string): Step =>
  (root, range, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const target = new StaticRange({
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    });
    root.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType,
        data: text,
        dataTransfer: data,
        targetRanges: [target],
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  };

const execInsert: Step = (root, _range, text) => {
  root.ownerDocument.execCommand('insertText', false, text);
};

const paste: Step = (root, _range, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  root.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }),
  );
};

function select(root: HTMLElement, range: Range) {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

export async function editRich(
  root: HTMLElement,
  start: number,
  end: number,
  replacement: string,
  multiline = false,
): Promise<EditOutcome> {
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const original = readTextModel(root).text;
  const target = original.slice(0, start) + replacement + original.slice(end);
  const read = () => readTextModel(root).text;
  const steps: Step[] = multiline
    ? [paste, execInsert]
    : [beforeInput(start === end ? 'insertText' : 'insertReplacementText'), execInsert, paste];

  root.focus({ preventScroll: true });
  for (const step of steps) {
    const range = rangeFor(readTextModel(root), start, end, doc);
    if (!range) break;
    select(root, range);
    step(root, range, replacement);
    if (await settlesTo(read, target, win)) return 'replaced';
    if (multiline && looselySame(read(), target)) return 'replaced';
    if (!sameText(read(), original)) return 'unexpected';
  }
  return 'copied';
}

function looselySame(a: string, b: string) {
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  return squash(a) === squash(b);
}
