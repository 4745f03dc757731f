import type { Words } from './tokens';
import type { WordInfo } from './word-info';

/** Per-scan view of each token's key and what the word table knows about it. */
export class TokenKeys {
  readonly info: WordInfo[];
  /** Each token's word flags (see word-info), for loops that only test them. */
  readonly flagsOf: Uint8Array;
  constructor(readonly tokens: Words<WordInfo>) {
    this.info = tokens.values;
    this.flagsOf = tokens.flags;
  }
  key(i: number): string {
    return this.tokens.keys[i] ?? '';
  }
  alts(i: number): readonly string[] {
    return this.info[i]?.alts ?? [];
  }
}
