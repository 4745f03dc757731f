import { roomPage } from './page.ts';
import { mountLexical } from './editors/lexical.ts';

roomPage({
  editor: 'lexical',
  party: 'Tomás Herrera',
  mount: (slot, onSend) => mountLexical(slot, { onSend }),
});
