// Framework-free editors: <textarea>, <input type=text> and a plain contenteditable div.
import type { EditorAdapter } from '../standin.ts';
import { isSendKey } from '../standin.ts';

export interface Mounted extends EditorAdapter {
  element: HTMLElement;
  bold?(): void;
  destroy?(): void;
}

export interface MountOptions {
  onSend: () => void;
  placeholder?: string;
  doc?: Document;
}

const PLACEHOLDER = 'Send a message...';

/** Set a form control's value the way frameworks do, then announce it with an input event. */
function setControlValue(control: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Shared wiring of the two form controls; only what sends differs. */
function mountControl(
  slot: HTMLElement,
  opts: MountOptions,
  element: HTMLTextAreaElement | HTMLInputElement,
  sends: (e: KeyboardEvent) => boolean,
): Mounted {
  element.placeholder = opts.placeholder ?? PLACEHOLDER;
  element.setAttribute('aria-label', 'Message');
  element.setAttribute('data-standin', 'editor');
  // Both controls fire KeyboardEvents here; the union of their event maps widens it to Event.
  element.addEventListener('keydown', (e) => {
    if (sends(e as KeyboardEvent)) {
      e.preventDefault();
      opts.onSend();
    }
  });
  slot.append(element);
  return {
    element,
    getText: () => element.value,
    setText: (text) => setControlValue(element, text),
    clear: () => setControlValue(element, ''),
    focus: () => element.focus(),
  };
}

export function mountTextarea(slot: HTMLElement, opts: MountOptions): Mounted {
  const element = (opts.doc ?? document).createElement('textarea');
  element.className = 'up-d-input up-d-textarea';
  element.rows = 3;
  return mountControl(slot, opts, element, isSendKey);
}

export function mountInput(slot: HTMLElement, opts: MountOptions): Mounted {
  const element = (opts.doc ?? document).createElement('input');
  element.type = 'text';
  element.className = 'up-d-input up-d-text-input';
  // A single line: any Enter sends.
  return mountControl(slot, opts, element, (e) => e.key === 'Enter' && !e.isComposing);
}

export function mountContentEditable(slot: HTMLElement, opts: MountOptions): Mounted {
  const doc = opts.doc ?? document;
  const element = doc.createElement('div');
  element.className = 'up-d-input up-d-contenteditable';
  element.contentEditable = 'true';
  element.setAttribute('role', 'textbox');
  element.setAttribute('aria-multiline', 'true');
  element.setAttribute('aria-label', 'Message');
  element.setAttribute('data-placeholder', opts.placeholder ?? PLACEHOLDER);
  element.setAttribute('data-standin', 'editor');
  element.addEventListener('keydown', (e) => {
    if (isSendKey(e)) {
      e.preventDefault();
      opts.onSend();
    }
  });
  // Browsers leave a lone <br> behind when everything is deleted; drop it so :empty shows the placeholder.
  element.addEventListener('input', () => {
    if (element.textContent === '' && element.querySelector('img') === null)
      element.replaceChildren();
  });
  slot.append(element);
  const getText = (): string => element.innerText;
  return {
    element,
    getText,
    setText: (text) => {
      element.textContent = text;
      element.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }),
      );
    },
    clear: () => {
      element.replaceChildren();
      element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContent' }));
    },
    focus: () => element.focus(),
    bold: () => doc.execCommand('bold'),
  };
}
