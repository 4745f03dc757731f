import { roomPage } from './page.ts';
import { mountQuill } from './editors/quill.ts';

roomPage({
  editor: 'quill',
  party: 'Elena Petrova',
  mount: (slot, onSend) => mountQuill(slot, { onSend }),
});
