// The composers live in a same-origin iframe (served at /ab/messages/frames/iframe-composer).
// The thread stays in the top page; the frame sends into it through window.__standinHost.
import { createApp, el, sampleMessages } from './layout.ts';
import { installStandin } from './standin.ts';
import type { Standin } from './standin.ts';

const party = 'Kenji Watanabe';
const app = createApp({
  title: party,
  party,
  job: 'API integration (Hourly)',
  messages: sampleMessages(party),
});
const frame = el('iframe', {
  class: 'up-composer-frame',
  src: '/ab/messages/frames/iframe-composer',
  title: 'Message composer',
  'data-standin': 'composer-frame',
});
app.composerHost.append(frame);

const sent: string[] = [];
window.__standinHost = { thread: app.thread, sent };
const child = (): Standin | undefined => frame.contentWindow?.__standin;

const control = installStandin({
  editor: 'iframe',
  thread: app.thread,
  adapters: [],
  sent,
  extras: {
    /** 0: contenteditable, 1: textarea (both inside the iframe). */
    getText: (which = 0) => child()?.getText(which) ?? '',
    setText: (text: string, which = 0) => child()?.setText(text, which),
    frame: () => frame,
  },
});
Object.defineProperty(control.standin, 'count', { get: () => child()?.count ?? 0 });

frame.addEventListener('load', () => {
  void child()?.ready.then(() => control.markReady());
});
