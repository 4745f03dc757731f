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
