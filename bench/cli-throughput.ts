// Dev aid: builds bench/out/mixed-10mb.jsonl (corpus lines with varied ids, ~10 MB) and times
// the --jsonl path in process, so start-up is excluded. npx tsx bench/cli-throughput.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createScanner } from '../src/detector/index';
import { scanJsonLine } from '../src/cli/jsonl';

const OUT = 'bench/out/mixed-10mb.jsonl';
const SOURCES = [
  resolve(import.meta.dirname, '../../shared/corpus/messages.jsonl'),
  ...[1, 2, 3, 4].map((n) => `bench/fresh-${n}.jsonl`),
  ...['', '2', '3', '4'].map((n) => `bench/paraphrases${n}.jsonl`),
];

function build(): void {
  const texts = SOURCES.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const work = readFileSync('bench/work-talk.txt', 'utf8').split('\n').filter(Boolean);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 10 << 20; i++) {
    // Every fifth message is a longer one: a few paragraphs of work talk around a corpus line.
    const base = texts[i % texts.length] ?? '';
    const text = i % 5 === 4 ? `${work.slice(i % 20, (i % 20) + 8).join(' ')} ${base}` : base;
    const line = JSON.stringify({ id: `m${i}`, text });
    lines.push(line);
    size += line.length + 1;
  }
  mkdirSync('bench/out', { recursive: true });
  writeFileSync(OUT, `${lines.join('\n')}\n`);
}

if (!existsSync(OUT)) build();
const lines = readFileSync(OUT, 'utf8').split('\n').filter(Boolean);
const bytes = lines.reduce((n, l) => n + l.length + 1, 0);
const scanner = createScanner({});
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  let out = 0;
  for (const l of lines) out += scanJsonLine(scanner, l, false).length;
  const ms = performance.now() - t;
  console.log(
    `${lines.length} lines, ${(bytes / 2 ** 20).toFixed(1)} MB: ${ms.toFixed(0)} ms, ${(bytes / 2 ** 20 / (ms / 1000)).toFixed(1)} MB/s (${out} output chars)`,
  );
}
