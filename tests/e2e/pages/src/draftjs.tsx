import { roomPage } from './page.ts';
import { mountDraft } from './editors/draft.tsx';

roomPage({
  editor: 'draftjs',
  party: 'Hannah Okafor',
  mount: (slot, onSend) => mountDraft(slot, { onSend }),
});
