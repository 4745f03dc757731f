import { roomPage } from './page.ts';
import { mountInput } from './editors/plain.ts';

roomPage({
  editor: 'input',
  party: 'Priya Sharma',
  mount: (slot, onSend) => mountInput(slot, { onSend }),
});
