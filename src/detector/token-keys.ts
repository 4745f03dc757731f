import type { Tokens } from './tokens';
import type { WordInfo, WordTable } from './word-info';

/** Per-scan view of each token's key and what the word table knows about it. */
export class TokenKeys {
  readonly info: WordInfo[];
  constructor(
    readonly tokens: Tokens,
    table: WordTable,
  ) {
    const n = tokens.count;
    const keys = tokens.keys;
    this.info = new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) this.info[i] = table(keys[i] ?? '');
  }
  key(i: number): string {
    return this.tokens.keys[i] ?? '';
  }
  alts(i: number): readonly string[] {
    return this.info[i]?.alts ?? [];
  }
  flags(i: number): number {
    return this.info[i]?.flags ?? 0;
  }
}
