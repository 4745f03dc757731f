// Child document of the "iframe" page: a contenteditable composer (0) and a textarea composer (1).
import { createComposer, createThread, el } from './layout.ts';
import { installStandin } from './standin.ts';
import type { EditorAdapter } from './standin.ts';
import { mountContentEditable, mountTextarea } from './editors/plain.ts';

document.body.classList.add('up-frame-body');
const host = window.parent !== window ? window.parent.__standinHost : undefined;
// Stand-alone (opened directly) the frame gets its own small thread.
const thread = host?.thread ?? createThread('Kenji Watanabe', []);
if (!host) document.body.append(thread.element);

const adapters: (EditorAdapter | undefined)[] = [];
const control = installStandin({ editor: 'iframe', thread, adapters, sent: host?.sent });

const add = (label: string, which: number, mount: typeof mountTextarea): void => {
  const composer = createComposer({
    onSend: () => control.send(which),
    onBold: () => document.execCommand('bold'),
  });
  document.body.append(el('div', { class: 'up-composer-label' }, [label]), composer.element);
  adapters[which] = mount(composer.editorSlot, { onSend: () => control.send(which) });
};
add('Message', 0, mountContentEditable);
add('Message (plain)', 1, mountTextarea);
control.markReady();
