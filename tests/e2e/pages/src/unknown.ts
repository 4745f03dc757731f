// A home-grown editor with its own text model (see editors/custom.ts).
import { roomPage } from './page.ts';
import { mountCustomEditor } from './editors/custom.ts';

roomPage({
  editor: 'unknown',
  party: 'Sam Carter',
  mount: (slot, onSend) => mountCustomEditor(slot, { onSend }),
});
