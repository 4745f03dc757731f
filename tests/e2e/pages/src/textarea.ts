import { roomPage } from './page.ts';
import { mountTextarea } from './editors/plain.ts';

roomPage({ editor: 'textarea', mount: (slot, onSend) => mountTextarea(slot, { onSend }) });
