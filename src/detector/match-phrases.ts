import type { Concept } from './lexicon/concepts';
import { type Phrase, type PhraseIndex, wordMatches } from './lexicon/compile';
import type { Tokens } from './tokens';
import { deleet, hasLetterAndLeet } from './leet';
import { fuzzyWord } from './fuzzy';

/** One concept found in the text: token range [t0, t1) and normalised char range [s, e). */
export interface Occurrence {
  concept: Concept;
  t0: number;
  t1: number;
  s: number;
  e: number;
  negated?: boolean;
}

/** Keys to try for token i: the key itself and, for leet words, its folded readings. */
export function keyVariants(tokens: Tokens, i: number): string[] {
  const key = tokens.keys[i] ?? '';
  if (!hasLetterAndLeet(key)) {
    const near = fuzzyWord(key);
    return near === undefined ? [key] : [key, near];
  }
  const [a, b] = deleet(key);
  return a === b ? [key, a] : [key, a, b];
}

function matchLength(phrase: Phrase, tokens: Tokens, i: number, first: string): number {
  const words = phrase.words;
  if (!words[0] || !wordMatches(words[0], first)) return 0;
  if (i + words.length > tokens.count) return 0;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (!w) return 0;
    if (!keyVariants(tokens, i + k).some((key) => wordMatches(w, key))) return 0;
  }
  return words.length;
}

function bestAt(index: PhraseIndex, tokens: Tokens, i: number): Phrase | undefined {
  let best: Phrase | undefined;
  let bestLen = 0;
  for (const key of keyVariants(tokens, i)) {
    const lists = [index.exact.get(key), key.length >= 3 ? index.prefix.get(key.slice(0, 3)) : undefined];
    for (const list of lists) {
      if (!list) continue;
      for (const phrase of list) {
        if (phrase.words.length <= bestLen) break;
        const len = matchLength(phrase, tokens, i, key);
        if (len > bestLen) {
          best = phrase;
          bestLen = len;
        }
      }
    }
  }
  return best;
}

/** Longest phrase at each position wins and consumes its words ("don't mention" is not NEG). */
export function matchPhrases(index: PhraseIndex, tokens: Tokens, from: number, to: number, out: Occurrence[]): void {
  let i = from;
  while (i < to) {
    const phrase = bestAt(index, tokens, i);
    if (!phrase) {
      i++;
      continue;
    }
    const t1 = i + phrase.words.length;
    const s = tokens.start[i] ?? 0;
    const e = tokens.end[t1 - 1] ?? s;
    for (const concept of phrase.concepts) out.push({ concept, t0: i, t1, s, e });
    i = t1;
  }
}
