import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner } from '@/src/detector';
import { scanJsonLine } from '@/src/cli/jsonl';

// Recorded findings (bench/golden). Speed work must reproduce them exactly: a diff there
// means behaviour changed, so fix the code. A deliberate rule change regenerates them with
// the scan CLI (npm run scan -- --jsonl <input>) and reviews the diff line by line.
const CORPUS = resolve(process.cwd(), '../shared/corpus/messages.jsonl');
const bench = (name: string): string => resolve(process.cwd(), 'bench', name);
const CASES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['messages', CORPUS, false],
  ['messages.contract-active', CORPUS, true],
  // bench/fresh-1 ... fresh-355: the independent sets (README, "Accuracy").
  ...Array.from({ length: 355 }, (_, k) => `fresh-${k + 1}`).map(
    (n) => [n, bench(`${n}.jsonl`), false] as const,
  ),
  ...['paraphrases', 'paraphrases2', 'paraphrases3', 'paraphrases4'].map(
    (n) => [n, bench(`${n}.jsonl`), false] as const,
  ),
  ['variants', bench('golden/inputs/variants.jsonl'), false],
  ['long', bench('golden/inputs/long.jsonl'), false],
];

const linesOf = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('golden outputs', () => {
  const scanner = createScanner({});
  for (const [name, input, contractActive] of CASES) {
    it.skipIf(!existsSync(input))(`${name} scans exactly as recorded`, () => {
      const expected = linesOf(bench(`golden/${name}.jsonl`));
      const actual = linesOf(input).map((l) => scanJsonLine(scanner, l, contractActive));
      expect(actual.length).toBe(expected.length);
      const diffs = actual.flatMap((a, i) =>
        a === expected[i] ? [] : [`${a}\n!= ${expected[i]}`],
      );
      expect(diffs.slice(0, 5)).toEqual([]);
    });
  }
});
