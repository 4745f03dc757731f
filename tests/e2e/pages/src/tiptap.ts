// TipTap 3 composer, structured like Upwork's: .up-d-composer .composer .tiptap.ProseMirror
import { roomPage } from './page.ts';
import { mountTiptap } from './editors/tiptap.ts';

roomPage({ editor: 'tiptap', mount: (slot, onSend) => mountTiptap(slot, { onSend }) });
