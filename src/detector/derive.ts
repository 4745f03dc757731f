import type { Concept } from './lexicon/concepts';
import type { Occurrence } from './match-phrases';

// Two-part intents: the first concept, then the second within a few words, make a third
// ("skip" ... "fee" = avoiding the fee). Data, so new pairs need no code.
const PAIRS: ReadonlyArray<readonly [Concept, Concept, number, Concept]> = [
  ['OUTSIDE', 'PLATNOUN', 3, 'OFFPLATFORM'],
  ['CONTINUE', 'OUTSIDE', 3, 'OFFPLATFORM'],
  // Bare "outside" only beside the verb: "je te paie en dehors", "bahar payment", "ausserhalb
  // weitermachen"; alone it is an idiom ("en dehors du logo", "di luar jam kerja").
  ['PAYVERB', 'OUTSIDE', 1, 'OFFPLATFORM'],
  ['OUTSIDE', 'PAYVERB', 1, 'OFFPLATFORM'],
  ['OUTSIDE', 'CONTINUE', 0, 'OFFPLATFORM'],
  ['INSTEAD', 'PLATNOUN', 4, 'ELSEWHERE'],
  ['COMPARE', 'PLATNOUN', 5, 'ELSEWHERE'],
  ['NONEED', 'PLATNOUN', 5, 'ELSEWHERE'],
  ['NONEED', 'CONTRACTWORD', 5, 'CONTRACT_END'],
  ['AVOID', 'FEEWORD', 4, 'FEE_AVOID'],
  ['COMPARE', 'FEEWORD', 4, 'FEE_AVOID'], // "cheaper for you than Upwork's cut"
  ['ENDVERB', 'CONTRACTWORD', 3, 'CONTRACT_END'],
  ['BEFORE', 'CONTRACTWORD', 4, 'PRECONTRACT'],
];

// Each concept's roles as bits: pair p's first word sets bit 2p, its second bit 2p + 1.
const ROLES = new Map<Concept, number>();
PAIRS.forEach(([first, second], p) => {
  ROLES.set(first, (ROLES.get(first) ?? 0) | (1 << (2 * p)));
  ROLES.set(second, (ROLES.get(second) ?? 0) | (1 << (2 * p + 1)));
});

const negBetween = (occ: readonly Occurrence[], from: number, to: number): boolean =>
  occ.some((o) => (o.concept === 'NEG' || o.concept === 'NEG_AFTER') && o.t0 >= from && o.t1 <= to);

// "quicker for bug screenshots; timesheets continue here": the parts of a pair share a clause.
const CLAUSE_END = /[;:!?]/;

/** Appends derived occurrences for one sentence's occurrences (sorted by t0) in `text`. */
export function derivePairs(occ: Occurrence[], text = ''): void {
  const n = occ.length;
  if (n < 2) return; // every pair is of two different concepts
  let roles = 0;
  for (let i = 0; i < n; i++) roles |= ROLES.get((occ[i] as Occurrence).concept) ?? 0;
  if (roles === 0) return;
  for (let p = 0; p < PAIRS.length; p++) {
    const pair = PAIRS[p];
    if (!pair || ((roles >>> (2 * p)) & 3) !== 3) continue;
    const [first, second, gap, make] = pair;
    for (let i = 0; i < n; i++) {
      const a = occ[i];
      if (!a || a.concept !== first) continue;
      for (let j = 0; j < n; j++) {
        const b = occ[j];
        if (!b || b.concept !== second || b.t0 < a.t1 || b.t0 - a.t1 > gap) continue;
        // "ich zahle nicht außerhalb": a negation between the parts makes no pair.
        if (b.t0 > a.t1 && negBetween(occ, a.t1, b.t0)) break;
        if (CLAUSE_END.test(text.slice(a.e, b.s))) break;
        occ.push({ concept: make, t0: a.t0, t1: b.t1, s: a.s, e: b.e, negated: false });
        break;
      }
    }
  }
}
