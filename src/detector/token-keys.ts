import type { Tokens } from './tokens';
import type { WordInfo, WordTable } from './word-info';

/** Per-scan view of each token's key and what the word table knows about it. */
export class TokenKeys {
  readonly info: WordInfo[];
  /** Each token's word flags (see word-info), for loops that only test them. */
  readonly flagsOf: Uint8Array;
  constructor(
    readonly tokens: Tokens,
    table: WordTable,
  ) {
    const n = tokens.count;
    const keys = tokens.keys;
    this.info = new Array<WordInfo>(n);
    this.flagsOf = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const info = table(keys[i] ?? '');
      this.info[i] = info;
      this.flagsOf[i] = info.flags;
    }
  }
  key(i: number): string {
    return this.tokens.keys[i] ?? '';
  }
  alts(i: number): readonly string[] {
    return this.info[i]?.alts ?? [];
  }
  flags(i: number): number {
    return this.flagsOf[i] ?? 0;
  }
}
