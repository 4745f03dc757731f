import type { Concept } from './lexicon/concepts';
import type { Occurrence } from './match-phrases';

// Two-part intents: the first concept, then the second within a few words, make a third
// ("skip" ... "fee" = avoiding the fee). Data, so new pairs need no code.
const PAIRS: ReadonlyArray<readonly [Concept, Concept, number, Concept]> = [
  ['OUTSIDE', 'PLATNOUN', 3, 'OFFPLATFORM'],
  ['INSTEAD', 'PLATNOUN', 4, 'ELSEWHERE'],
  ['COMPARE', 'PLATNOUN', 5, 'ELSEWHERE'],
  ['NONEED', 'PLATNOUN', 5, 'ELSEWHERE'],
  ['NONEED', 'CONTRACTWORD', 5, 'CONTRACT_END'],
  ['AVOID', 'FEEWORD', 4, 'FEE_AVOID'],
  ['ENDVERB', 'CONTRACTWORD', 3, 'CONTRACT_END'],
  ['BEFORE', 'CONTRACTWORD', 4, 'PRECONTRACT'],
];

const PRESENT = new Set<Concept>();

/** Appends derived occurrences for one sentence's occurrences (sorted by t0). */
export function derivePairs(occ: Occurrence[]): void {
  const n = occ.length;
  if (n < 2) return; // every pair is of two different concepts
  const present = PRESENT; // reused: this runs once per sentence of long text
  present.clear();
  for (const o of occ) present.add(o.concept);
  for (const [first, second, gap, make] of PAIRS) {
    if (!present.has(first) || !present.has(second)) continue;
    for (let i = 0; i < n; i++) {
      const a = occ[i];
      if (!a || a.concept !== first) continue;
      for (let j = 0; j < n; j++) {
        const b = occ[j];
        if (!b || b.concept !== second || b.t0 < a.t1 || b.t0 - a.t1 > gap) continue;
        occ.push({ concept: make, t0: a.t0, t1: b.t1, s: a.s, e: b.e });
        break;
      }
    }
  }
}
