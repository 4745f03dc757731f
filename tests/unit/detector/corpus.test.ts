import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner } from '@/src/detector';
import { loadCorpus } from '@/src/cli/corpus';
import { metricsOf } from '@/src/cli/metrics';

const file = resolve(process.cwd(), '../shared/corpus/messages.jsonl');
const present = existsSync(file);

describe.skipIf(!present)(`corpus regression (${file})`, () => {
  it('meets recall >= 0.97 and FPR <= 0.02 on the dev split', () => {
    const scanner = createScanner({});
    const outcomes = loadCorpus(file, 'dev').map((record) => {
      const r = scanner.scan(record.text);
      return { record, flagged: r.flagged, categories: r.categories };
    });
    const m = metricsOf(outcomes);
    const misses = outcomes.filter((o) => o.flagged !== o.record.risky).map((o) => o.record.id);
    expect(m.recall, `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.97);
    expect(m.fpr, `misses: ${misses.join(', ')}`).toBeLessThanOrEqual(0.02);
  });
});

if (!present) {
  describe('corpus regression', () => {
    it.skip(`skipped: corpus not found at ${file}`, () => {});
  });
}

// Our own paraphrases of each intent (bench/paraphrases*.jsonl), never tuned line by line:
// a guard against overfitting the development corpus.
const paraphraseFiles = [
  'paraphrases.jsonl',
  'paraphrases2.jsonl',
  'paraphrases3.jsonl',
  'paraphrases4.jsonl',
  // fresh-1..3 were written before tuning, then tuned on; fresh-4 stays an untuned check.
  'fresh-1.jsonl',
  'fresh-2.jsonl',
  'fresh-3.jsonl',
]
  .map((f) => resolve(process.cwd(), 'bench', f))
  .filter((f) => existsSync(f));

describe.skipIf(paraphraseFiles.length === 0)('paraphrase sets', () => {
  it.each(paraphraseFiles)('%s keeps recall >= 0.95 and FPR <= 0.05', (path) => {
    const scanner = createScanner({});
    const outcomes = loadCorpus(path).map((record) => ({
      record,
      flagged: scanner.scan(record.text).flagged,
      categories: [],
    }));
    const m = metricsOf(outcomes);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.fpr).toBeLessThanOrEqual(0.05);
  });
});
