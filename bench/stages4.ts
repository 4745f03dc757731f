// Dev aid: times each step of analyse() and the scanner at 1 MB, for both text kinds.
// npx tsx bench/stages4.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalize } from '../src/detector/normalize/normalize';
import { tokenize } from '../src/detector/tokens';
import { splitSentences } from '../src/detector/sentences';
import { analyse } from '../src/detector/analyse';
import { createScanner } from '../src/detector/index';
import { TokenKeys } from '../src/detector/token-keys';
import { matchPhrases } from '../src/detector/match-phrases';
import { type WordInfo, wordTable } from '../src/detector/word-info';
import { KeyCache } from '../src/detector/intern';
import { compileLexicon } from '../src/detector/lexicon/compile';
import { PAYMENT_LEXICON } from '../src/detector/lexicon/payment';
import { CONTACT_LEXICON } from '../src/detector/lexicon/contact';
import { INTENT_LEXICON } from '../src/detector/lexicon/intent';
import { BLOCKER_LEXICON } from '../src/detector/lexicon/blockers';
import { findEmails } from '../src/detector/structures/email';
import { findPhones } from '../src/detector/structures/phone';
import { findLinks } from '../src/detector/structures/links';
import { findFinance } from '../src/detector/structures/finance';
import type { Hit } from '../src/detector/structures/types';

const INDEX = compileLexicon([
  ...PAYMENT_LEXICON,
  ...CONTACT_LEXICON,
  ...INTENT_LEXICON,
  ...BLOCKER_LEXICON,
]);
const WORDS = new KeyCache<WordInfo>({ value: wordTable(INDEX), flags: (info) => info.flags });
const corpus = readFileSync(
  resolve(import.meta.dirname, '../../shared/corpus/messages.jsonl'),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .join('\n');
const work = readFileSync('bench/work-talk.txt', 'utf8').split('\n').filter(Boolean).join(' ');
const fill = (src: string): string => {
  let t = '';
  while (t.length < 1 << 20) t += `${src}\n`;
  return t.slice(0, 1 << 20);
};
const time = (name: string, fn: () => unknown): void => {
  for (let i = 0; i < 3; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(12)} ${(ts[3] ?? 0).toFixed(1)} ms`);
};
for (const [kind, src] of [
  ['mixed', corpus],
  ['work', work],
] as const) {
  const text = fill(src);
  console.log(kind);
  time('normalize', () => normalize(text));
  const n = normalize(text);
  time('tokenize', () => tokenize(n.text));
  time('tokens+words', () => tokenize(n.text, WORDS));
  const tk = tokenize(n.text, WORDS);
  time('sentences', () => splitSentences(n.text, tk));
  const ss = splitSentences(n.text, tk);
  time('phrases', () => {
    const keys = new TokenKeys(tk);
    for (const s of ss) matchPhrases(INDEX, keys, s.t0, s.t1, []);
  });
  time('links', () => findLinks(n.text, []));
  time('finance', () => findFinance(n.text, []));
  time('emails', () => {
    const h: Hit[] = [];
    for (const s of ss) findEmails(n.text, tk, s.t0, s.t1, h);
  });
  const flags = tk.flags;
  time('phones', () => {
    const h: Hit[] = [];
    for (const s of ss) findPhones(n.text, tk, s.t0, s.t1, h, flags);
  });
  time('analyse', () => analyse(text, () => undefined));
  const sc = createScanner({});
  time('scan', () => sc.scan(text));
}
