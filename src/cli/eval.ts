// npm run eval -- [FILE] [--split dev|holdout|all] [--strict]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createScanner } from '../detector/index';
import { loadCorpus, type Split } from './corpus';
import { groupBy, metricsOf, type Metrics, type Outcome } from './metrics';

const TARGETS = { recall: 0.97, fpr: 0.02, tagRecall: 0.9 };
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function row(name: string, m: Metrics): string {
  const recall = m.risky ? pct(m.recall) : '-';
  const fpr = m.benign ? pct(m.fpr) : '-';
  return `${name.padEnd(20)} risky ${String(m.risky).padStart(4)}  recall ${recall.padStart(6)}  benign ${String(m.benign).padStart(4)}  FPR ${fpr.padStart(6)}  precision ${pct(m.precision).padStart(6)}`;
}

function main(argv: readonly string[]): number {
  const splitArg = argv[argv.indexOf('--split') + 1];
  const split: Split =
    argv.includes('--split') && (splitArg === 'dev' || splitArg === 'holdout') ? splitArg : 'all';
  const file =
    argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--split') ??
    resolve(process.cwd(), '../shared/corpus/messages.jsonl');
  if (!existsSync(file)) {
    process.stderr.write(`error: no such file: ${file}\n`);
    return 2;
  }
  const scanner = createScanner({});
  const outcomes: Outcome[] = loadCorpus(file, split).map((record) => {
    const r = scanner.scan(record.text);
    return { record, flagged: r.flagged, categories: r.categories };
  });
  const all = metricsOf(outcomes);
  const out: string[] = [
    `corpus ${file} (split: ${split}, ${outcomes.length} records)`,
    '',
    row('ALL', all),
    '',
    'by tag:',
  ];
  const tags = groupBy(outcomes, (r) => r.tags);
  for (const [k, m] of tags) out.push(row(`  ${k}`, m));
  out.push('', 'by language:');
  for (const [k, m] of groupBy(outcomes, (r) => [r.lang])) out.push(row(`  ${k}`, m));
  const misses = outcomes.filter((o) => o.flagged !== o.record.risky);
  out.push('', `misses (${misses.length}):`);
  for (const o of misses) {
    const expected = o.record.risky ? `risky [${o.record.categories.join(',')}]` : 'benign';
    const got = o.flagged ? `flagged [${o.categories.join(',')}]` : 'clean';
    out.push(
      `  ${o.record.id} expected ${expected}, got ${got}: ${JSON.stringify(o.record.text.slice(0, 240))}`,
    );
  }
  const weakTags = [...tags]
    .filter(([, m]) => m.risky > 0 && m.recall < TARGETS.tagRecall)
    .map(([k]) => k);
  const pass = all.recall >= TARGETS.recall && all.fpr <= TARGETS.fpr && weakTags.length === 0;
  out.push(
    '',
    `targets (recall >= ${TARGETS.recall}, FPR <= ${TARGETS.fpr}, every tag >= ${TARGETS.tagRecall}): ${pass ? 'met' : 'MISSED'}${weakTags.length ? ` (weak tags: ${weakTags.join(', ')})` : ''}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return !pass && argv.includes('--strict') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
