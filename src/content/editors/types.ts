// What Onside needs from any compose box, whatever editor renders it.

export type EditorKind =
  'textarea' | 'input' | 'prosemirror' | 'quill' | 'lexical' | 'draftjs' | 'contenteditable';

/** copied: the editor refused every edit path; the caller puts the text on the clipboard. */
export type EditOutcome = 'replaced' | 'copied' | 'stale' | 'unexpected';

export interface EditorAdapter {
  readonly kind: EditorKind;
  /** The element the user types into (the editable root or the text control). */
  readonly element: HTMLElement;
  /** The message as the user sees it. Cheap enough for a typing pause, not for every key. */
  readText(): string;
  /** The DOM range of a text range (rich editors only; text controls have none). */
  rangeFor(start: number, end: number): Range | null;
  /** Replaces [start, end) if it still holds `expected`; keeps undo to one step. */
  replace(start: number, end: number, expected: string, replacement: string): Promise<EditOutcome>;
  /** Inserts text at the caret (or the last caret position Onside saw). */
  insertAtCaret(text: string): Promise<EditOutcome>;
  /** The caret's offset in the text, when the caret is inside this box. */
  caretOffset(): number | null;
  /** Remembers the caret so a later insert goes where the user was. */
  rememberCaret(): void;
}

export function detectEditorKind(element: HTMLElement): EditorKind {
  if (element instanceof HTMLTextAreaElement) return 'textarea';
  if (element instanceof HTMLInputElement) return 'input';
  if (element.classList.contains('ProseMirror')) return 'prosemirror';
  if (element.classList.contains('ql-editor')) return 'quill';
  if (element.hasAttribute('data-lexical-editor')) return 'lexical';
  if (element.closest('.DraftEditor-root')) return 'draftjs';
  return 'contenteditable';
}
