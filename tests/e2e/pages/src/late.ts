// The TipTap composer appears 1.5 s after load (like a lazily loaded Upwork room).
import { roomPage } from './page.ts';
import { mountTiptap } from './editors/tiptap.ts';

roomPage({
  editor: 'late',
  party: 'Dana Whitfield',
  delayMs: 1500,
  mount: (slot, onSend) => mountTiptap(slot, { onSend }),
});
