// The `scan --jsonl` command end to end, as a user auditing an export runs it: MB/s on
// JSONL exports with start-up excluded (the time for a one-line file is subtracted).
//   npm run bench:cli [-- --workers N]
// Builds in bench/out/: short.jsonl (~10 MB of corpus-sized messages) and long.jsonl
// (ten 1 MB messages: work talk with corpus lines mixed in, as a long thread export reads)
// and sparse.jsonl (ten 1 MB messages of work talk with few findings, half on one line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readTexts, TEXT_SOURCES } from './texts';

const OUT = 'bench/out';
const sources = TEXT_SOURCES.filter((file) => existsSync(file));

function build(): void {
  const missing = TEXT_SOURCES.filter((file) => !existsSync(file));
  if (missing.length > 0)
    console.warn(
      `bench:cli: not found, so left out of the inputs: ${missing.join(', ')}. ` +
        'Figures from these inputs do not compare with a full checkout (../shared beside it).',
    );
  mkdirSync(OUT, { recursive: true });
  const texts = sources.flatMap(readTexts);
  const work = readFileSync('bench/work-talk.txt', 'utf8').split('\n').filter(Boolean);
  const short: string[] = [];
  for (let i = 0, size = 0; size < 10 << 20; i++) {
    const line = JSON.stringify({ id: `m${i}`, text: texts[i % texts.length] ?? '' });
    short.push(line);
    size += line.length + 1;
  }
  writeFileSync(`${OUT}/short.jsonl`, `${short.join('\n')}\n`);
  /** Ten 1 MB messages of work talk with a corpus line every `every` lines. */
  const longExport = (name: string, every: number, joiner: (m: number) => string): void => {
    const lines: string[] = [];
    for (let m = 0, k = 0; m < 10; m++) {
      const parts: string[] = [];
      for (let size = 0; size < 1 << 20; k++) {
        const corpus = k % every === every - 1;
        const part = (corpus ? texts[k % texts.length] : work[k % work.length]) ?? '';
        parts.push(part);
        size += part.length + 1;
      }
      lines.push(JSON.stringify({ id: `${name}${m}`, text: parts.join(joiner(m)) }));
    }
    writeFileSync(`${OUT}/${name}.jsonl`, `${lines.join('\n')}\n`);
  };
  // Three lines of work talk to one corpus line, as a long thread export reads.
  longExport('long', 4, () => '\n');
  // One corpus line in a hundred, half the messages on one line: few findings, so the whole
  // text is read (a dense text stops once the findings cap is reached).
  longExport('sparse', 100, (m) => (m % 2 ? ' ' : '\n'));
  writeFileSync(`${OUT}/one.jsonl`, `${JSON.stringify({ id: 'one', text: 'hello' })}\n`);
}

function seconds(file: string, extra: readonly string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['scripts/scan.mjs', '--jsonl', ...extra, file], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`scan exited with ${r.status}`);
  return (performance.now() - t) / 1000;
}

if (!existsSync(`${OUT}/sparse.jsonl`)) build();
const extra = Math.max(1, availableParallelism() - 1);
const w = process.argv.indexOf('--workers');
const runs: Array<[string, string[]]> =
  w >= 0
    ? [[`--workers ${process.argv[w + 1]}`, ['--workers', process.argv[w + 1] ?? '0']]]
    : [
        ['one thread', ['--workers', '0']],
        [`+${extra} workers`, ['--workers', String(extra)]],
      ];
for (const [name, extra] of runs) {
  const startup = Math.min(...[0, 1, 2].map(() => seconds(`${OUT}/one.jsonl`, extra)));
  for (const input of ['short', 'long', 'sparse']) {
    const file = `${OUT}/${input}.jsonl`;
    const mb = statSync(file).size / 2 ** 20;
    const times = [0, 1, 2].map(() => seconds(file, extra) - startup).sort((a, b) => a - b);
    const median = times[1] ?? 0;
    console.log(
      `${name.padEnd(15)} ${input.padEnd(6)} ${mb.toFixed(1)} MB  ${median.toFixed(2)} s  ${(mb / median).toFixed(1)} MB/s`,
    );
  }
}
