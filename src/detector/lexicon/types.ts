import type { Concept } from './concepts';

/**
 * One lexicon line: the concepts a phrase stands for, then phrases separated by "|".
 * In a phrase, words are separated by spaces, "a/b" means either word, "(x)" an optional
 * word and a trailing "*" a prefix ("pay*" matches pay, paying, payment).
 * Words are written folded: lower case, no accents, no apostrophes or hyphens.
 */
export type LexiconLine = readonly [readonly Concept[], string];
