import { SLOT_BITS, type Tokens } from './tokens';
import type { WordInfo, WordTable } from './word-info';

// A direct-mapped cache in front of the word table, indexed by the slot the tokenizer hashed
// each key into: most tokens are answered by two array reads and a string compare (the keys
// are interned, so usually the same string) instead of a Map look-up. Holds one table's answers.
let cachedTable: WordTable | undefined;
const cachedKeys = new Array<string | undefined>(1 << SLOT_BITS).fill(undefined);
const cachedInfo = new Array<WordInfo | undefined>(1 << SLOT_BITS).fill(undefined);

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
    const slots = tokens.slots;
    this.info = new Array<WordInfo>(n);
    this.flagsOf = new Uint8Array(n);
    if (cachedTable !== table) {
      cachedTable = table;
      cachedKeys.fill(undefined);
      cachedInfo.fill(undefined);
    }
    const ck = cachedKeys;
    const ci = cachedInfo;
    for (let i = 0; i < n; i++) {
      const key = keys[i] ?? '';
      const slot = slots[i] ?? 0;
      let info = ck[slot] === key ? ci[slot] : undefined;
      if (info === undefined) {
        info = table(key);
        ck[slot] = key;
        ci[slot] = info;
      }
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
