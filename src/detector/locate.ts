import type { Sentence } from './sentences';
import type { Tokens } from './tokens';

// Binary searches from normalised char offsets to token and sentence indexes.
export function tokenAt(tokens: Tokens, char: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.end[mid] ?? 0) <= char) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sentenceAt(sentences: readonly Sentence[], char: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.s ?? 0) <= char) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
