// A "Reply" button opens a role=dialog modal holding a textarea composer.
// The dialog (and its textarea) is created on open and removed on close.
import { createApp, createComposer, el, sampleMessages } from './layout.ts';
import { installStandin } from './standin.ts';
import type { EditorAdapter } from './standin.ts';
import { mountTextarea } from './editors/plain.ts';

const party = 'Olivia Brooks';
const app = createApp({
  title: party,
  party,
  job: 'Logo refresh (Hourly)',
  messages: sampleMessages(party),
});
const adapters: (EditorAdapter | undefined)[] = [undefined];
let dialog: HTMLElement | undefined;

const replyButton = el(
  'button',
  { type: 'button', class: 'up-d-send-button', 'data-standin': 'open-reply' },
  ['Reply'],
);
app.composerHost.append(
  el('div', { class: 'up-d-composer-footer', style: 'padding: 12px 24px' }, [replyButton]),
);

function close(): void {
  dialog?.remove();
  dialog = undefined;
  adapters[0] = undefined;
  replyButton.focus();
}

function open(): HTMLElement {
  if (dialog) return dialog;
  const composer = createComposer({ onSend: () => control.send(0) });
  const closeButton = el(
    'button',
    { type: 'button', class: 'up-modal-close', 'aria-label': 'Close' },
    ['×'],
  );
  closeButton.addEventListener('click', close);
  const modal = el(
    'div',
    {
      class: 'up-modal',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'up-modal-title',
    },
    [
      el('div', { class: 'up-modal-header' }, [
        el('h2', { id: 'up-modal-title' }, [`Reply to ${party}`]),
        closeButton,
      ]),
      composer.element,
    ],
  );
  const backdrop = el('div', { class: 'up-modal-backdrop' }, [modal]);
  backdrop.addEventListener('mousedown', (e) => {
    if (e.target === backdrop) close();
  });
  backdrop.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  document.body.append(backdrop);
  dialog = backdrop;
  const mounted = mountTextarea(composer.editorSlot, {
    onSend: () => control.send(0),
    placeholder: 'Write your reply...',
  });
  adapters[0] = mounted;
  mounted.element.focus();
  return backdrop;
}

replyButton.addEventListener('click', () => open());

const control = installStandin({
  editor: 'modal',
  thread: app.thread,
  adapters,
  extras: {
    /** Open the reply dialog (same as clicking "Reply"). */
    openModal: () => {
      open();
    },
    closeModal: close,
    isOpen: () => dialog !== undefined,
  },
});
// The page is usable at load; the editor itself appears when the dialog opens.
control.markReady();
