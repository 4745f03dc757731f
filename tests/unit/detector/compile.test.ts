import { describe, expect, it } from 'vitest';
import { compileLexicon } from '@/src/detector/lexicon/compile';

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
