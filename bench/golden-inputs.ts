// Dev aid: writes bench/golden/inputs/*.jsonl, extra golden inputs that stress the paths an
// optimisation is most likely to break (folding, invisible characters, long messages).
// npx tsx bench/golden-inputs.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readTexts, TEXT_SOURCES } from './texts';

const texts = TEXT_SOURCES.flatMap(readTexts);
const work = readFileSync('bench/work-talk.txt', 'utf8').split('\n').filter(Boolean);

const fullwidth = (s: string): string =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const VARIANTS: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ['upper', (s) => s.toUpperCase()],
  ['zw', (s) => s.replace(/([a-z])([a-z])/g, '$1\u200b$2')],
  ['cyr', (s) => s.replace(/a/g, '\u0430').replace(/o/g, '\u043e')],
  ['leet', (s) => s.replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')],
  ['spaced', (s) => s.replace(/\b(\w{4,7})\b/g, (w) => w.split('').join(' '))],
  ['defang', (s) => s.replace(/@/g, ' [at] ').replace(/\./g, '(dot)')],
  ['wide', fullwidth],
  ['nbsp', (s) => s.replace(/ /g, '\u00a0').replace(/'/g, '\u2019')],
];

mkdirSync('bench/golden/inputs', { recursive: true });
const lines: string[] = [];
texts.forEach((t, i) => {
  for (const [name, f] of VARIANTS) lines.push(JSON.stringify({ id: `${name}-${i}`, text: f(t) }));
});
writeFileSync('bench/golden/inputs/variants.jsonl', `${lines.join('\n')}\n`);

// Long messages: corpus lines interleaved with plain work talk, in windows of varied size.
let seed = 7;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const long: string[] = [];
const risky = readTexts('bench/fresh-1.jsonl');
for (let k = 0; k < 80; k++) {
  const parts: string[] = [];
  const size = 5 + rand(120);
  const pool = k % 2 ? texts : risky;
  for (let j = 0; j < size; j++) {
    const pick = rand(3) === 0 ? pool[rand(pool.length)] : work[rand(work.length)];
    parts.push(pick ?? '');
  }
  long.push(JSON.stringify({ id: `long-${k}`, text: parts.join(rand(2) ? ' ' : '\n') }));
}
writeFileSync('bench/golden/inputs/long.jsonl', `${long.join('\n')}\n`);
