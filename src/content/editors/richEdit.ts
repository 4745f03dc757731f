import { readTextModel, rangeFor } from './textModel';
import { nextFrame, sameText, settlesTo } from './verify';
import type { EditOutcome, EditorKind } from './types';

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

// Firefox hands a page listener an empty clipboard when the paste event was
// built in the extension's world; build it with the page's own constructor.
type PageWorld = { wrappedJSObject?: { ClipboardEvent: typeof ClipboardEvent } };
declare const cloneInto:
  (<T>(value: T, scope: object, options?: { wrapReflectors?: boolean }) => T) | undefined;

function pageClipboardEvent(win: Window, init: ClipboardEventInit): ClipboardEvent {
  const page = (win as unknown as PageWorld).wrappedJSObject;
  if (page && typeof cloneInto === 'function')
    return new page.ClipboardEvent('paste', cloneInto(init, win, { wrapReflectors: true }));
  return new ClipboardEvent('paste', init);
}

const paste: Step = (root, _range, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const win = root.ownerDocument.defaultView ?? window;
  const event = pageClipboardEvent(win, {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Firefox gives a synthetic paste its own empty DataTransfer, writable until dispatch.
  if (event.clipboardData && event.clipboardData.getData('text/plain') !== text)
    event.clipboardData.setData('text/plain', text);
  root.dispatchEvent(event);
};

/**
 * Selects the range and waits until the editor has heard of it: editors learn
 * the selection from the async selectionchange event (Firefox sends it a task
 * later), and an edit before that applies to their stale selection.
 */
async function select(root: HTMLElement, range: Range, win: Window) {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const heard = new Promise<void>((resolve) => {
    doc.addEventListener('selectionchange', () => resolve(), { once: true });
    win.setTimeout(resolve, 150);
  });
  selection.removeAllRanges();
  selection.addRange(range);
  await heard;
  await nextFrame(win);
}

/**
 * The order to try, per editor. Draft.js renders with React and crashes when
 * the DOM changes under it (execCommand into an empty block removes the <br>
 * React owns), so it only gets a paste, which it applies through its own model.
 */
function stepsFor(kind: EditorKind, collapsed: boolean, multiline: boolean): Step[] {
  if (kind === 'draftjs') return [paste];
  if (multiline) return [paste, execInsert];
  return [beforeInput(collapsed ? 'insertText' : 'insertReplacementText'), execInsert, paste];
}

export async function editRich(
  root: HTMLElement,
  kind: EditorKind,
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
  const steps = stepsFor(kind, start === end, multiline);

  if (!root.contains(doc.activeElement) && doc.activeElement !== root) {
    root.focus({ preventScroll: true });
    // Some editors restore their own remembered selection when focused; let that happen first.
    await nextFrame(win);
  }
  for (const step of steps) {
    const range = rangeFor(readTextModel(root), start, end, doc);
    if (!range) break;
    await select(root, range, win);
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
