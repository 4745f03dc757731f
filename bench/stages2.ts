import { readFileSync } from 'node:fs';
import { normalize } from '../src/detector/normalize/normalize';
import { tokenize } from '../src/detector/tokens';
import { splitSentences } from '../src/detector/sentences';
import { matchPhrases, TokenKeys, type Occurrence } from '../src/detector/match-phrases';
import { compileLexicon } from '../src/detector/lexicon/compile';
import { PAYMENT_LEXICON } from '../src/detector/lexicon/payment';
import { CONTACT_LEXICON } from '../src/detector/lexicon/contact';
import { INTENT_LEXICON } from '../src/detector/lexicon/intent';
import { BLOCKER_LEXICON } from '../src/detector/lexicon/blockers';
import { findEmails } from '../src/detector/structures/email';
import { findPhones } from '../src/detector/structures/phone';
import { findLinks } from '../src/detector/structures/links';
import { findFinance } from '../src/detector/structures/finance';
import { createScanner } from '../src/detector/index';
import type { Hit } from '../src/detector/structures/types';

const src = readFileSync('../shared/corpus/messages.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .join('\n');
let text = '';
while (text.length < 1_000_000) text += src;
const ascii = text.replace(/[^\x00-\x7f]/g, ' ');
const INDEX = compileLexicon([
  ...PAYMENT_LEXICON,
  ...CONTACT_LEXICON,
  ...INTENT_LEXICON,
  ...BLOCKER_LEXICON,
]);
const time = (name: string, fn: () => unknown): void => {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  console.log(name.padEnd(14), (xs[3] ?? 0).toFixed(1), 'ms /MB');
};
time('normalize', () => normalize(text));
time('normalize-ascii', () => normalize(ascii));
const n = normalize(text);
time('tokenize', () => tokenize(n.text));
const tk = tokenize(n.text);
time('sentences', () => splitSentences(n.text, tk));
const ss = splitSentences(n.text, tk);
time('phrases', () => {
  const keys = new TokenKeys(tk);
  for (const s of ss) matchPhrases(INDEX, keys, s.t0, s.t1, []);
});
time('emails', () => {
  const h: Hit[] = [];
  for (const s of ss) findEmails(n.text, tk, s.t0, s.t1, h);
});
time('phones', () => {
  const h: Hit[] = [];
  for (const s of ss) findPhones(n.text, tk, s.t0, s.t1, h);
});
time('links', () => {
  const h: Hit[] = [];
  findLinks(n.text, h);
});
time('finance', () => {
  const h: Hit[] = [];
  findFinance(n.text, h);
});
const sc = createScanner({});
time('scan', () => sc.scan(text));
