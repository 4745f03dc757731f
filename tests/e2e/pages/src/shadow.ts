// Composers inside a custom element with an OPEN shadow root:
// a textarea composer (0) and a contenteditable composer (1).
import { createApp, createComposer, el, sampleMessages } from './layout.ts';
import { installStandin } from './standin.ts';
import type { EditorAdapter } from './standin.ts';
import { mountContentEditable, mountTextarea } from './editors/plain.ts';
import { SHADOW_CSS } from './shadow-styles.ts';

const party = 'Lucía Fernández';
const app = createApp({
  title: party,
  party,
  job: 'Spanish translation (Fixed price)',
  messages: sampleMessages(party),
});
const adapters: (EditorAdapter | undefined)[] = [];

class UpMessageComposer extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = SHADOW_CSS;
    root.append(style);
    const add = (label: string, which: number, mount: typeof mountTextarea): void => {
      const composer = createComposer({
        onSend: () => control.send(which),
        onBold: () => document.execCommand('bold'),
      });
      root.append(el('div', { class: 'label' }, [label]), composer.element);
      adapters[which] = mount(composer.editorSlot, { onSend: () => control.send(which) });
    };
    add('Message', 0, mountTextarea);
    add('Message (rich)', 1, mountContentEditable);
  }
}

const control = installStandin({
  editor: 'shadow',
  thread: app.thread,
  adapters,
  extras: { host: () => document.querySelector('up-message-composer') },
});
customElements.define('up-message-composer', UpMessageComposer);
app.composerHost.append(document.createElement('up-message-composer'));
control.markReady();
