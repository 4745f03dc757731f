import type { Concept } from '../lexicon/concepts';

/** A structure found in normalised text, [s, e) in normalised char offsets. */
export interface Hit {
  concept: Concept;
  s: number;
  e: number;
}
