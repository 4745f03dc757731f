import { t } from '@/src/i18n/t';
import { h } from './dom';

// The send guard's question. It never blocks for good: "Send anyway" always sends.
export function askBeforeSending(
  layer: HTMLElement,
  quotes: readonly string[],
): Promise<'edit' | 'send'> {
  const doc = layer.ownerDocument;
  return new Promise((resolve) => {
    const finish = (choice: 'edit' | 'send') => {
      backdrop.remove();
      resolve(choice);
    };
    const count =
      quotes.length === 1
        ? t('content_guard_body_one')
        : t('content_guard_body_many', quotes.length);
    const edit = h(doc, 'button', {
      class: 'primary',
      text: t('content_guard_edit'),
      attrs: { type: 'button' },
      on: { click: () => finish('edit') },
    });
    const send = h(doc, 'button', {
      class: 'secondary',
      text: t('content_guard_send'),
      attrs: { type: 'button' },
      on: { click: () => finish('send') },
    });
    const dialog = h(
      doc,
      'div',
      {
        class: 'guard',
        attrs: {
          role: 'alertdialog',
          'aria-modal': 'true',
          'aria-labelledby': 'onside-guard-title',
          'aria-describedby': 'onside-guard-body',
        },
      },
      h(doc, 'h2', { text: t('content_guard_title'), attrs: { id: 'onside-guard-title' } }),
      h(doc, 'p', {
        text: t(
          'content_guard_body',
          count,
          quotes
            .slice(0, 3)
            .map((quote) => `“${quote}”`)
            .join(', '),
        ),
        attrs: { id: 'onside-guard-body' },
      }),
      h(doc, 'div', { class: 'actions' }, edit, send),
    );
    dialog.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') finish('edit');
      if (event.key === 'Tab') {
        // Keep focus inside the two choices while the question is open.
        event.preventDefault();
        const active = (layer.getRootNode() as ShadowRoot).activeElement;
        (active === edit ? send : edit).focus();
      }
    });
    const backdrop = h(doc, 'div', { class: 'guard-backdrop' }, dialog);
    layer.append(backdrop);
    edit.focus();
  });
}
