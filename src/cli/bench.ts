// npm run bench: scan cost at 200 B, 2 KB, 20 KB and 1 MB of two kinds of text (mixed corpus
// lines, and plain work talk as most long messages are), against a naive one-regex keyword
// scan measured in the same run.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createScanner, type Scanner } from '../detector/index';
import { MAX_FINDINGS } from '../detector/scanner';

const FALLBACK = [
  'Hi! I pushed the homepage changes to staging, could you take a look when you get a chance?',
  'The Stripe webhook handler now marks the order as paid and failed payments trigger a retry email.',
  'Can you pay me on PayPal directly? Fewer fees for both of us.',
  'Add me on Telegram @pixel_forge_studio before we start, my number is +1 646 555 0174.',
];
const NAIVE =
  /paypal|venmo|zelle|cash ?app|whats ?app|telegram|skype|discord|email|e-mail|phone|number|bank|wire|iban|crypto|bitcoin|usdt|wallet|outside|off[- ]platform|directly|fee|@|\d{3}[\s.-]?\d{3}[\s.-]?\d{4}/gi;

function corpusText(): string {
  const file = resolve(process.cwd(), '../shared/corpus/messages.jsonl');
  if (!existsSync(file)) return FALLBACK.join('\n');
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return texts.join('\n');
}

function workTalk(): string {
  const file = resolve(process.cwd(), 'bench/work-talk.txt');
  const lines = existsSync(file)
    ? readFileSync(file, 'utf8').split('\n').filter(Boolean)
    : FALLBACK.slice(0, 2);
  // A fixed shuffle, so runs are comparable but the text is not one repeated paragraph.
  let seed = 11;
  const out: string[] = [];
  for (let i = 0; i < 4 * lines.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(lines[seed % lines.length] ?? '');
  }
  return out.join(' ');
}

function sample(source: string, size: number): string {
  let out = '';
  while (out.length < size) out += source.slice(0, size - out.length) + '\n';
  return out.slice(0, size);
}

function measure(fn: () => void, budgetMs: number, minRuns: number): number[] {
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < minRuns || performance.now() - t0 < budgetMs) {
    const s = performance.now();
    fn();
    times.push(performance.now() - s);
    if (times.length > 20000) break;
  }
  return times.sort((a, b) => a - b);
}

const median = (xs: number[]): number => xs[Math.floor(xs.length / 2)] ?? 0;

function row(scanner: Scanner, source: string, label: string, size: number): string {
  const text = sample(source, size);
  for (let i = 0; i < 5; i++) scanner.scan(text);
  const runs = size >= 1 << 20 ? 7 : 50;
  const ours = median(measure(() => scanner.scan(text), size >= 1 << 20 ? 4000 : 1000, runs));
  const naive = median(measure(() => text.match(NAIVE), 300, runs));
  const mbps = (ms: number): string =>
    ms > 0 ? (size / (1 << 20) / (ms / 1000)).toFixed(1) : 'inf';
  const ratio = (ours / Math.max(naive, 1e-6)).toFixed(1);
  return `${label.padEnd(9)} ${ours.toFixed(3).padStart(9)} ${mbps(ours).padStart(7)} ${naive.toFixed(3).padStart(10)} ${mbps(naive).padStart(11)} ${ratio.padStart(7)}x`;
}

function main(): void {
  const scanner = createScanner({});
  const kinds: Array<[string, string]> = [
    ['mixed corpus', corpusText()],
    ['work talk', workTalk()],
  ];
  const sizes: Array<[string, number]> = [
    ['200 B', 200],
    ['2 KB', 2048],
    ['20 KB', 20480],
    ['1 MB', 1 << 20],
  ];
  const rows: string[] = [];
  for (const [kind, source] of kinds) {
    rows.push(`${kind}\nsize      median ms   MB/s    naive ms   naive MB/s   ratio`);
    for (const [label, size] of sizes) rows.push(row(scanner, source, label, size));
    const cap = scanner.scan(sample(source, 1 << 20)).findings.length >= MAX_FINDINGS;
    if (cap)
      rows.push(
        `(1 MB reached the ${MAX_FINDINGS}-finding cap early: the rest cannot change the result and is not read)`,
      );
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main();
