// A fake single-page app: room links switch rooms via history.pushState, and each
// switch destroys the TipTap composer and creates a new one (like a router remount).
import { createApp, createComposer } from './layout.ts';
import type { RoomData, RoomLink } from './layout.ts';
import { installStandin } from './standin.ts';
import type { EditorAdapter } from './standin.ts';
import { mountTiptap } from './editors/tiptap.ts';
import type { TiptapMounted } from './editors/tiptap.ts';

const BASE = '/ab/messages/rooms/room_spa';
const ROOMS: RoomData[] = [
  {
    id: 'a',
    party: 'Jordan Lee',
    job: 'Landing page redesign (Fixed price)',
    messages: [
      {
        from: 'them',
        text: 'Morning! Did you get a chance to look at the wireframes?',
        time: '8:40',
      },
      { from: 'me', text: 'Yes, I have a few notes. Sending them shortly.', time: '8:52' },
    ],
  },
  {
    id: 'b',
    party: 'Priya Sharma',
    job: 'Bookkeeping clean-up (Hourly)',
    messages: [
      { from: 'them', text: 'Can you share the invoice for last week?', time: 'Yesterday' },
      { from: 'me', text: 'Sure, it is attached to the contract.', time: 'Yesterday' },
    ],
  },
  {
    id: 'c',
    party: 'Marco Rossi',
    job: 'Mobile app QA (Fixed price)',
    messages: [{ from: 'them', text: 'Milestone 2 approved. Great work!', time: 'Mon' }],
  },
];

const pathFor = (id: string): string => (id === 'a' ? BASE : `${BASE}_${id}`);
const roomFromPath = (path: string): RoomData => {
  const m = /room_spa_([a-z]+)$/.exec(path);
  return ROOMS.find((r) => r.id === m?.[1]) ?? (ROOMS[0] as RoomData);
};

const links: RoomLink[] = ROOMS.map((r) => ({
  id: r.id,
  party: r.party,
  preview: r.messages.at(-1)?.text ?? '',
  href: pathFor(r.id),
}));
const first = roomFromPath(location.pathname);
const app = createApp({
  title: first.party,
  party: first.party,
  job: first.job,
  messages: first.messages,
  rooms: links,
  activeRoom: first.id,
});
const adapters: (EditorAdapter | undefined)[] = [undefined];
let current: { mounted: TiptapMounted; element: HTMLElement } | undefined;
let roomId = first.id;
let mounts = 0;

function mountComposer(): void {
  current?.mounted.destroy?.();
  current?.element.remove();
  const composer = createComposer({
    onSend: () => control.send(0),
    onBold: () => current?.mounted.bold?.(),
  });
  app.composerHost.append(composer.element);
  const mounted = mountTiptap(composer.editorSlot, { onSend: () => control.send(0) });
  current = { mounted, element: composer.element };
  adapters[0] = mounted;
  mounts++;
}

function show(room: RoomData): void {
  roomId = room.id;
  document.title = `${room.party} – Messages – Upwork`;
  app.showRoom(room);
  mountComposer();
}

function navigate(id: string): void {
  const room = ROOMS.find((r) => r.id === id);
  if (!room || room.id === roomId) return;
  history.pushState({ room: room.id }, '', pathFor(room.id));
  show(room);
}

app.sidebar.addEventListener('click', (e) => {
  const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-room]');
  if (!link) return;
  e.preventDefault();
  navigate(link.dataset.room ?? '');
});
window.addEventListener('popstate', () => show(roomFromPath(location.pathname)));

const control = installStandin({
  editor: 'spa',
  thread: app.thread,
  adapters,
  extras: {
    /** Switch to room "a" | "b" | "c" via pushState (same as clicking its link). */
    navigate,
    room: () => roomId,
    /** How many times a composer has been mounted. */
    mounts: () => mounts,
  },
});
mountComposer();
control.markReady();
