import { describe, expect, it } from 'vitest';
import { BLOCKER_LEXICON } from '@/src/detector/lexicon/blockers';
import { compileLexicon } from '@/src/detector/lexicon/compile';
import { CONTACT_LEXICON } from '@/src/detector/lexicon/contact';
import { INTENT_LEXICON } from '@/src/detector/lexicon/intent';
import { PAYMENT_LEXICON } from '@/src/detector/lexicon/payment';

// A lexicon phrase no token sequence can match is a bug: compiling it must say so.
describe('compileLexicon', () => {
  it.each([
    ['a percent sign', 'lose 10%'],
    ['upper case', 'PayPal me'],
    ['a group holding a space', 'settle (the rest/it) offline'],
    ['a joiner at the edge', 'cash$'],
    ['an empty alternative', 'pay/ me'],
  ])('throws on %s, naming the entry', (_name, phrase) => {
    expect(() => compileLexicon([[['RAIL'], `ok phrase|${phrase}`]])).toThrow(phrase);
  });

  it.each([
    ['joiners inside words', "don't|pay-pal|friends & family|at&t|e.164"],
    ['prefixes, options and alternatives', 'pay* (me) via/through|оплат*|gebühr'],
  ])('accepts %s', (_name, phrases) => {
    expect(() => compileLexicon([[['RAIL'], phrases]])).not.toThrow();
  });
});

// The same phrase for the same concepts twice is dead weight (identical phrases merge): a
// repeat added in a later round means its author did not find the first.
describe('the lexicon', () => {
  it('holds each alternative once per set of concepts', () => {
    const seen = new Set<string>();
    const repeats: string[] = [];
    for (const [concepts, text] of [
      ...PAYMENT_LEXICON,
      ...CONTACT_LEXICON,
      ...INTENT_LEXICON,
      ...BLOCKER_LEXICON,
    ])
      for (const alternative of text.split('|')) {
        const key = `${[...concepts].sort().join('+')}: ${alternative.trim()}`;
        if (seen.has(key)) repeats.push(key);
        seen.add(key);
      }
    expect(repeats).toEqual([]);
  });
});
