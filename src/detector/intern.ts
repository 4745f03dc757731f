// Token keys repeat (Zipf), so the tokenizer hashes a word's char codes as it reads them and
// looks the word up in a direct-mapped cache: on a hit it reuses the string it made last time
// (less garbage, and that string's hash is already cached for every Map the key meets later)
// together with what is known about the word. The check that the cached word is the same is
// made on a flat array of its units, never trusting the hash alone: a crafted word that
// collides with "paypal" must not be able to hide it.
export const CACHE_BITS = 14;
export const CACHE_MASK = (1 << CACHE_BITS) - 1;
/** Longer tokens are sliced but not cached: they are rare and would only evict common words. */
export const MAX_CACHED = 16;

/** What a cache knows about a word: a value, and a byte of flags for loops that test only those. */
export interface WordFacts<T> {
  value: (key: string) => T;
  flags: (value: T) => number;
}

/** Token arrays reused from scan to scan: allocating typed arrays per message costs more than tokenizing it. */
export class TokenBuffers<T> {
  start = new Int32Array(0);
  end = new Int32Array(0);
  flags = new Uint8Array(0);
  readonly keys: string[] = [];
  readonly values: T[] = [];
  /** Room for at least `size` tokens, keeping what is already there. */
  reserve(size: number): void {
    const have = this.start.length;
    if (have >= size && (have <= SHRINK_ABOVE || have <= size * 4)) return;
    if (have > size) {
      // A huge message grew the buffers: a small one lets go of them, so a paste pins nothing.
      this.keys.length = 0;
      this.values.length = 0;
      this.start = new Int32Array(0);
    }
    const room = Math.max(size, 64);
    const start = new Int32Array(room);
    const end = new Int32Array(room);
    const flags = new Uint8Array(room);
    if (this.start.length > 0) {
      start.set(this.start);
      end.set(this.end);
      flags.set(this.flags);
    }
    this.start = start;
    this.end = end;
    this.flags = flags;
  }
}
const SHRINK_ABOVE = 1 << 16;

/** A direct-mapped cache of token keys and their facts, kept across scans. */
export class KeyCache<T> {
  readonly out = new TokenBuffers<T>();
  readonly keys: Array<string | undefined> = new Array<string | undefined>(1 << CACHE_BITS).fill(
    undefined,
  );
  readonly values: T[];
  readonly flags = new Uint8Array(1 << CACHE_BITS);
  /** Each cached key's UTF-16 units (MAX_CACHED per slot) and length: compared as numbers. */
  readonly units = new Uint16Array((1 << CACHE_BITS) * MAX_CACHED);
  readonly lengths = new Uint8Array(1 << CACHE_BITS);
  /** What is known about no word at all. */
  readonly blank: T;
  constructor(readonly facts: WordFacts<T>) {
    this.blank = facts.value('');
    this.values = new Array<T>(1 << CACHE_BITS).fill(this.blank);
  }
}

/** The key of token [s, e): its text without apostrophes and hyphens ("don't" -> "dont"). */
export const keyOf = (text: string, s: number, e: number, dirty: boolean): string =>
  dirty ? text.slice(s, e).replace(/['-]/g, '') : text.slice(s, e);
