// Quill 2 with the snow theme (own toolbar lives in the composer frame).
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import type { Mounted, MountOptions } from './plain.ts';

export function mountQuill(slot: HTMLElement, opts: MountOptions): Mounted & { quill: Quill } {
  const host = document.createElement('div');
  host.className = 'up-quill';
  slot.append(host);
  const quill = new Quill(host, {
    theme: 'snow',
    placeholder: opts.placeholder ?? 'Send a message...',
    modules: {
      toolbar: false,
      keyboard: {
        bindings: {
          // Config bindings run before Quill's own Enter handler.
          standinSend: {
            key: 'Enter',
            shiftKey: false,
            handler: () => {
              opts.onSend();
              return false;
            },
          },
          standinNewline: {
            key: 'Enter',
            shiftKey: true,
            handler: (range: { index: number; length: number }) => {
              quill.deleteText(range.index, range.length, 'user');
              quill.insertText(range.index, '\n', 'user');
              quill.setSelection(range.index + 1, 0, 'silent');
              return false;
            },
          },
        },
      },
    },
  });
  const element = quill.root;
  element.setAttribute('data-standin', 'editor');
  element.setAttribute('aria-label', 'Message');
  const getText = (): string => quill.getText().replace(/\n$/, '');
  return {
    quill,
    element,
    getText,
    setText: (text) => {
      quill.setText(text, 'api');
    },
    clear: () => {
      quill.setText('', 'api');
    },
    focus: () => quill.focus(),
    bold: () => {
      const range = quill.getSelection(true);
      quill.format('bold', !quill.getFormat(range).bold, 'user');
    },
  };
}
