import { roomPage } from './page.ts';
import { mountContentEditable } from './editors/plain.ts';

roomPage({
  editor: 'contenteditable',
  party: 'Marco Rossi',
  mount: (slot, onSend) => mountContentEditable(slot, { onSend }),
});
