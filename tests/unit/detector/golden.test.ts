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
  ...[
    'fresh-1',
    'fresh-2',
    'fresh-3',
    'fresh-4',
    'fresh-5',
    'fresh-6',
    'fresh-7',
    'fresh-8',
    'fresh-9',
    'fresh-10',
    'fresh-11',
    'fresh-12',
    'fresh-13',
    'fresh-14',
    'fresh-15',
    'fresh-16',
    'fresh-17',
    'fresh-18',
    'fresh-19',
    'fresh-20',
    'fresh-21',
    'fresh-22',
    'fresh-23',
    'fresh-24',
    'fresh-25',
    'fresh-26',
    'fresh-27',
    'fresh-28',
    'fresh-29',
    'fresh-30',
    'fresh-31',
    'fresh-32',
    'fresh-33',
    'fresh-34',
    'fresh-35',
    'fresh-36',
    'fresh-37',
    'fresh-38',
    'fresh-39',
  ].map((n) => [n, bench(`${n}.jsonl`), false] as const),
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
