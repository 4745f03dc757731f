// An unusual home-grown editor: a contenteditable whose own JS keeps the text in a
// model string. Every `beforeinput` is cancelled and applied to the model, then the
// DOM is re-rendered from it. It knows a handful of input types and deliberately
// refuses `insertReplacementText` (so a programmatic replace may be refused).
import { isSendKey } from '../standin.ts';
import type { Mounted, MountOptions } from './plain.ts';

interface Snapshot {
  text: string;
  caret: number;
}

export function mountCustomEditor(
  slot: HTMLElement,
  opts: MountOptions,
): Mounted & { model(): string } {
  const doc = opts.doc ?? document;
  const element = doc.createElement('div');
  element.className = 'up-d-input up-custom-editor';
  element.contentEditable = 'true';
  element.spellcheck = false;
  element.setAttribute('role', 'textbox');
  element.setAttribute('aria-multiline', 'true');
  element.setAttribute('aria-label', 'Message');
  element.setAttribute('data-placeholder', opts.placeholder ?? 'Send a message...');
  element.setAttribute('data-standin', 'editor');
  element.setAttribute('data-custom-editor', 'v1');
  slot.append(element);

  let model = '';
  const undoStack: Snapshot[] = [];
  const redoStack: Snapshot[] = [];

  /** Model offset of a DOM point inside the editor (single text node + optional trailing <br>). */
  function offsetOf(node: Node, offset: number): number {
    if (node.nodeType === Node.TEXT_NODE) return Math.min(offset, model.length);
    if (node === element) {
      let total = 0;
      for (let i = 0; i < offset && i < element.childNodes.length; i++) {
        total += element.childNodes[i]?.textContent?.length ?? 0;
      }
      return Math.min(total, model.length);
    }
    return model.length;
  }

  function selectionRange(): [number, number] {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !element.contains(sel.anchorNode))
      return [model.length, model.length];
    const r = sel.getRangeAt(0);
    const a = offsetOf(r.startContainer, r.startOffset);
    const b = offsetOf(r.endContainer, r.endOffset);
    return [Math.min(a, b), Math.max(a, b)];
  }

  function render(caret: number | null): void {
    const children: Node[] = [];
    if (model) children.push(doc.createTextNode(model));
    // A trailing newline needs a <br> to show the empty last line.
    if (model.endsWith('\n')) children.push(doc.createElement('br'));
    element.replaceChildren(...children);
    element.classList.toggle('is-empty-model', model === '');
    if (caret === null || doc.activeElement !== element) return;
    const sel = doc.getSelection();
    if (!sel) return;
    const text = element.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE) sel.collapse(text, Math.min(caret, model.length));
    else sel.collapse(element, 0);
  }

  function apply(start: number, end: number, insert: string, record = true): void {
    if (record) {
      undoStack.push({ text: model, caret: start });
      if (undoStack.length > 200) undoStack.shift();
      redoStack.length = 0;
    }
    model = model.slice(0, start) + insert + model.slice(end);
    render(start + insert.length);
    element.dispatchEvent(
      new CustomEvent('custom-editor-change', { bubbles: true, detail: model }),
    );
  }

  function restore(from: Snapshot[], to: Snapshot[]): void {
    const snap = from.pop();
    if (!snap) return;
    to.push({ text: model, caret: snap.caret });
    model = snap.text;
    render(Math.min(snap.caret, model.length));
  }

  function wordStart(pos: number): number {
    let i = pos;
    while (i > 0 && /\s/.test(model[i - 1] ?? '')) i--;
    while (i > 0 && !/\s/.test(model[i - 1] ?? '')) i--;
    return i;
  }

  element.addEventListener('beforeinput', (e) => {
    e.preventDefault();
    const [start, end] = selectionRange();
    switch (e.inputType) {
      case 'insertText':
      case 'insertCompositionText':
        apply(start, end, e.data ?? '');
        break;
      case 'insertLineBreak':
      case 'insertParagraph':
        apply(start, end, '\n');
        break;
      case 'insertFromPaste':
      case 'insertFromDrop':
        apply(start, end, e.dataTransfer?.getData('text/plain') ?? e.data ?? '');
        break;
      case 'deleteContentBackward':
        if (start !== end) apply(start, end, '');
        else if (start > 0) apply(start - 1, start, '');
        break;
      case 'deleteContentForward':
        if (start !== end) apply(start, end, '');
        else if (end < model.length) apply(start, end + 1, '');
        break;
      case 'deleteWordBackward':
        apply(start !== end ? start : wordStart(start), end, '');
        break;
      case 'deleteByCut':
      case 'deleteContent':
        if (start !== end) apply(start, end, '');
        break;
      case 'historyUndo':
        restore(undoStack, redoStack);
        break;
      case 'historyRedo':
        restore(redoStack, undoStack);
        break;
      default:
        // insertReplacementText, formatting and anything else: not supported, refused.
        break;
    }
  });

  // Changes that bypassed beforeinput (e.g. document.execCommand, which fires no
  // beforeinput) are refused: the DOM is re-rendered from the model.
  element.addEventListener('input', () => {
    const shown =
      element.firstChild?.nodeType === Node.TEXT_NODE ? (element.firstChild.textContent ?? '') : '';
    const clean = element.childNodes.length <= (model.endsWith('\n') ? 2 : 1);
    if (shown !== model || !clean) render(selectionRange()[0]);
  });

  element.addEventListener('keydown', (e) => {
    if (isSendKey(e)) {
      e.preventDefault();
      opts.onSend();
      return;
    }
    const mod = e.ctrlKey || e.metaKey;
    if (mod && !e.altKey && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) restore(redoStack, undoStack);
      else restore(undoStack, redoStack);
    } else if (mod && !e.altKey && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      restore(redoStack, undoStack);
    }
  });

  element.addEventListener('copy', (e) => {
    const [start, end] = selectionRange();
    e.preventDefault();
    e.clipboardData?.setData('text/plain', model.slice(start, end));
  });

  render(null);
  return {
    element,
    model: () => model,
    getText: () => model,
    setText: (text) => apply(0, model.length, text),
    clear: () => {
      model = '';
      undoStack.length = 0;
      redoStack.length = 0;
      render(0);
    },
    focus: () => element.focus(),
  };
}
