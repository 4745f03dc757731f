import { readFileSync } from 'node:fs';
import { normalize } from '/work/main/src/detector/normalize/normalize';
import { tokenize } from '/work/main/src/detector/tokens';
import { splitSentences } from '/work/main/src/detector/sentences';
import { analyse } from '/work/main/src/detector/analyse';
import { createScanner } from '/work/main/src/detector/index';
const src = readFileSync('/work/shared/corpus/messages.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .join('\n');
let text = '';
while (text.length < 1 << 20) text += src + '\n';
text = text.slice(0, 1 << 20);
const time = (name: string, fn: () => unknown): void => {
  for (let i = 0; i < 5; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(12), (ts[4] ?? 0).toFixed(1), 'ms');
};
time('normalize', () => normalize(text));
const n = normalize(text);
time('tokenize', () => tokenize(n.text));
const tk = tokenize(n.text);
time('sentences', () => splitSentences(n.text, tk));
time('analyse', () => analyse(text));
const s = createScanner({});
time('scan', () => s.scan(text));
