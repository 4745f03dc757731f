// Shared room layout for the Upwork stand-in pages: top bar, room list, room
// header, message thread and composer frame. DOM is built with createElement
// and textContent only.
import './layout.css';

export interface Message {
  from: 'them' | 'me';
  text: string;
  time?: string;
}

export interface RoomData {
  id: string;
  party: string;
  job: string;
  messages: Message[];
}

type Props = Record<string, string | boolean | undefined>;

/** createElement helper: string props become attributes (class via "class"). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: (Node | string)[] = [],
  doc: Document = document,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) {
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

export const ME = 'Alex Morgan';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

function nowTime(): string {
  const d = new Date();
  return `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** One message bubble. Incoming text sits in `.up-d-message-body` inside `.up-d-thread`. */
export function messageBubble(party: string, msg: Message, doc: Document = document): HTMLElement {
  const incoming = msg.from === 'them';
  const sender = incoming ? party : ME;
  return el(
    'div',
    {
      class: `up-d-message ${incoming ? 'up-d-message--incoming' : 'up-d-message--outgoing'}`,
      'data-standin': incoming ? 'incoming' : 'outgoing',
    },
    [
      el(
        'div',
        { class: `up-avatar${incoming ? '' : ' up-avatar--me'}`, 'aria-hidden': 'true' },
        [initials(sender)],
        doc,
      ),
      el(
        'div',
        { class: 'up-d-message-content' },
        [
          el(
            'div',
            { class: 'up-d-message-header' },
            [el('span', { class: 'up-d-message-sender' }, [sender], doc), msg.time ?? nowTime()],
            doc,
          ),
          el('div', { class: 'up-d-message-body msg-body' }, [msg.text], doc),
        ],
        doc,
      ),
    ],
    doc,
  );
}

export interface Thread {
  element: HTMLElement;
  party: string;
  addIncoming(text: string): void;
  addOutgoing(text: string): void;
}

export function createThread(party: string, messages: Message[], doc: Document = document): Thread {
  const element = el(
    'div',
    { class: 'up-d-thread', 'data-standin': 'thread', role: 'log', 'aria-label': 'Messages' },
    [],
    doc,
  );
  const thread: Thread = {
    element,
    party,
    addIncoming(text) {
      element.append(messageBubble(thread.party, { from: 'them', text }, doc));
      element.scrollTop = element.scrollHeight;
    },
    addOutgoing(text) {
      element.append(messageBubble(thread.party, { from: 'me', text }, doc));
      element.scrollTop = element.scrollHeight;
    },
  };
  for (const m of messages) element.append(messageBubble(party, m, doc));
  return thread;
}

export interface Composer {
  element: HTMLElement;
  /** Put the editor in here. */
  editorSlot: HTMLElement;
  sendButton: HTMLButtonElement;
  boldButton: HTMLButtonElement;
}

export interface ComposerOptions {
  onSend: () => void;
  onBold?: () => void;
  /** Extra class on the outer composer element (e.g. "composer" for TipTap). */
  slotClass?: string;
  doc?: Document;
}

/** Composer frame: toolbar (Bold, Attach file), editor slot, footer with Send at bottom right. */
export function createComposer(opts: ComposerOptions): Composer {
  const doc = opts.doc ?? document;
  const boldButton = el(
    'button',
    { type: 'button', class: 'up-d-tool up-d-tool--bold', 'aria-label': 'Bold', title: 'Bold' },
    ['B'],
    doc,
  );
  const attach = el(
    'button',
    { type: 'button', class: 'up-d-tool', 'aria-label': 'Attach file', title: 'Attach file' },
    ['Attach file'],
    doc,
  );
  const sendButton = el(
    'button',
    {
      type: 'button',
      class: 'up-d-send-button up-btn-primary',
      'data-standin': 'send',
      'aria-label': 'Send message',
    },
    ['Send'],
    doc,
  );
  // Keep focus in the editor when toolbar buttons are pressed.
  boldButton.addEventListener('mousedown', (e) => e.preventDefault());
  boldButton.addEventListener('click', () => opts.onBold?.());
  sendButton.addEventListener('click', () => opts.onSend());
  const editorSlot = el(
    'div',
    { class: `up-d-composer-editor ${opts.slotClass ?? ''}`.trim() },
    [],
    doc,
  );
  const element = el(
    'div',
    { class: 'up-d-composer', 'data-standin': 'composer' },
    [
      el(
        'div',
        { class: 'up-d-composer-toolbar', role: 'toolbar', 'aria-label': 'Formatting' },
        [boldButton, attach],
        doc,
      ),
      editorSlot,
      el(
        'div',
        { class: 'up-d-composer-footer' },
        [
          el(
            'span',
            { class: 'up-d-composer-hint' },
            ['Enter to send, Shift+Enter for a new line'],
            doc,
          ),
          sendButton,
        ],
        doc,
      ),
    ],
    doc,
  );
  return { element, editorSlot, sendButton, boldButton };
}

export interface RoomLink {
  id: string;
  party: string;
  preview: string;
  href?: string;
}

export interface AppOptions {
  title: string;
  party: string;
  job: string;
  messages: Message[];
  banner?: string;
  rooms?: RoomLink[];
  activeRoom?: string;
}

export interface App {
  root: HTMLElement;
  sidebar: HTMLElement;
  roomPane: HTMLElement;
  header: HTMLElement;
  thread: Thread;
  /** Where the composer goes (end of the room pane). */
  composerHost: HTMLElement;
  /** Replace header + thread for another room (used by the SPA page). */
  showRoom(room: RoomData): void;
}

export const DEFAULT_ROOMS: RoomLink[] = [
  { id: 'a', party: 'Jordan Lee', preview: 'Thanks, the draft looks great!' },
  { id: 'b', party: 'Priya Sharma', preview: 'Can you share the invoice?' },
  { id: 'c', party: 'Marco Rossi', preview: 'Milestone 2 approved.' },
];

function roomHeader(party: string, job: string): HTMLElement {
  return el('header', { class: 'up-room-header' }, [
    el('div', { class: 'up-avatar', 'aria-hidden': 'true' }, [initials(party)]),
    el('div', {}, [
      el('h1', { class: 'up-room-name' }, [party]),
      el('div', { class: 'up-room-job' }, [job]),
    ]),
    el('div', { class: 'up-room-header-actions' }, [
      el('button', { type: 'button', class: 'up-button' }, ['View contract']),
    ]),
  ]);
}

export function createApp(opts: AppOptions): App {
  document.title = `${opts.title} – Messages – Upwork`;
  const rooms = opts.rooms ?? [
    { id: 'current', party: opts.party, preview: opts.messages.at(-1)?.text ?? '' },
    ...DEFAULT_ROOMS,
  ];
  const active = opts.activeRoom ?? rooms[0]?.id;
  const sidebar = el('aside', { class: 'up-sidebar', 'aria-label': 'Rooms' }, [
    el('h2', {}, ['Messages']),
  ]);
  for (const r of rooms) {
    sidebar.append(
      el(
        'a',
        {
          class: `up-room-link${r.id === active ? ' is-active' : ''}`,
          href: r.href ?? '#',
          'data-room': r.id,
        },
        [
          el('div', { class: 'up-avatar', 'aria-hidden': 'true' }, [initials(r.party)]),
          el('div', { class: 'up-room-link-text' }, [
            el('div', { class: 'up-room-link-name' }, [r.party]),
            el('div', { class: 'up-room-link-preview' }, [r.preview]),
          ]),
        ],
      ),
    );
  }
  if (!opts.rooms) {
    sidebar.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) e.preventDefault();
    });
  }
  let header = roomHeader(opts.party, opts.job);
  const thread = createThread(opts.party, opts.messages);
  const composerHost = el('div', { class: 'up-composer-host' });
  const roomPane = el('main', { class: 'up-room' }, [header, thread.element, composerHost]);
  const root = el('div', { class: 'up-app' }, [
    el('div', { class: 'up-topbar' }, [
      el('span', { class: 'up-logo' }, ['upwork']),
      el('nav', {}, [
        el('span', {}, ['Find work']),
        el('span', {}, ['Deliver work']),
        el('span', {}, ['Messages']),
      ]),
    ]),
    ...(opts.banner ? [el('div', { class: 'up-banner', role: 'note' }, [opts.banner])] : []),
    el('div', { class: 'up-main' }, [sidebar, roomPane]),
  ]);
  document.body.append(root);
  const app: App = {
    root,
    sidebar,
    roomPane,
    header,
    thread,
    composerHost,
    showRoom(room) {
      const next = roomHeader(room.party, room.job);
      header.replaceWith(next);
      header = next;
      app.header = next;
      thread.party = room.party;
      thread.element.replaceChildren(...room.messages.map((m) => messageBubble(room.party, m)));
      for (const link of sidebar.querySelectorAll('.up-room-link')) {
        link.classList.toggle('is-active', link.getAttribute('data-room') === room.id);
      }
    },
  };
  return app;
}

/** A few realistic, harmless messages for the thread. */
export function sampleMessages(party: string): Message[] {
  const first = party.split(' ')[0] ?? party;
  return [
    {
      from: 'them',
      text: `Hi! I reviewed your proposal for the landing page redesign.`,
      time: '9:02',
    },
    {
      from: 'me',
      text: `Hi ${first}, thanks for reaching out. Happy to answer any questions.`,
      time: '9:05',
    },
    {
      from: 'them',
      text: 'Could you send a rough timeline for the first milestone? We want to start next week.',
      time: '9:11',
    },
  ];
}
