// Dev aid: time each stage of the pipeline on corpus text.
import { readFileSync } from 'node:fs';
import { normalize } from '../src/detector/normalize/normalize';
import { tokenize } from '../src/detector/tokens';
import { splitSentences } from '../src/detector/sentences';
import { analyse } from '../src/detector/analyse';
import { createScanner } from '../src/detector/index';

const src = readFileSync('../shared/corpus/messages.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .join('\n');
let text = '';
while (text.length < 200_000) text += src;
text = text.slice(0, 200_000);
const time = (name: string, fn: () => unknown): void => {
  fn();
  const t = performance.now();
  for (let i = 0; i < 3; i++) fn();
  console.log(name.padEnd(12), ((performance.now() - t) / 3).toFixed(1), 'ms');
};
time('normalize', () => normalize(text));
const n = normalize(text);
time('tokenize', () => tokenize(n.text));
const tk = tokenize(n.text);
time('sentences', () => splitSentences(n.text, tk));
time('analyse', () => analyse(text));
const s = createScanner({});
time('scan', () => s.scan(text));
