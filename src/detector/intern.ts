// Token keys repeat (Zipf), so the tokenizer hashes a word's char codes as it reads them and
// looks the word up in a direct-mapped cache: on a hit it reuses the string it made last time
// (less garbage, and that string's hash is already cached for every Map the key meets later)
// together with what is known about the word. The check that the cached word is the same is
// made on a flat array of its units, never trusting the hash alone: a crafted word that
// collides with "paypal" must not be able to hide it.
export const CACHE_BITS = 14;
export const CACHE_MASK = (1 << CACHE_BITS) - 1;
/** A slot's row of UTF-16 units: its key's length, its flags, then the key (32 bytes). */
export const ROW = 16;
/** Longer tokens are sliced but not cached: they are rare and would only evict common words. */
export const MAX_CACHED = ROW - 2;

/** What a cache knows about a word: a value, and a byte of flags for loops that test only those. */
export interface WordFacts<T> {
  value: (key: string) => T;
  flags: (value: T) => number;
}

/** Token arrays reused from scan to scan: allocating typed arrays per message costs more than tokenizing it. */
export class TokenBuffers<T> {
  /** Each token's first unit. */
  first = new Int32Array(0);
  end = new Int32Array(0);
  flags = new Uint8Array(0);
  readonly keys: string[] = [];
  readonly values: T[] = [];
  /**
   * Ready for a new text needing about `size` tokens: buffers a huge earlier message grew are
   * let go of when this one is much smaller, so one paste pins nothing.
   */
  start(size: number): void {
    const have = this.first.length;
    if (have > SHRINK_ABOVE && have > size * 4) {
      this.keys.length = 0;
      this.values.length = 0;
      this.first = new Int32Array(0);
      this.end = new Int32Array(0);
      this.flags = new Uint8Array(0);
    }
    this.reserve(size);
  }
  /** Room for at least `size` tokens, keeping what is already there. */
  reserve(size: number): void {
    if (this.first.length >= size) return;
    const room = Math.max(size, 64);
    const first = new Int32Array(room);
    const end = new Int32Array(room);
    const flags = new Uint8Array(room);
    first.set(this.first);
    end.set(this.end);
    flags.set(this.flags);
    this.first = first;
    this.end = end;
    this.flags = flags;
  }
}
const SHRINK_ABOVE = 1 << 16;

/**
 * A cache of token keys and their facts, kept across scans: two ways per slot pair. What a
 * look-up compares sits together in memory (one row per slot: length, flags, units), and so
 * does what a hit returns (the key string and its value, side by side in `entries`).
 */
export class KeyCache<T> {
  readonly out = new TokenBuffers<T>();
  /** What is known about no word at all. */
  readonly blank: T;
  private rowsArray: Uint16Array | undefined;
  private entriesArray: Array<string | T> | undefined;
  constructor(readonly facts: WordFacts<T>) {
    this.blank = facts.value('');
  }
  // Allocated on first use: a frame that never scans (the content script runs in every
  // frame of a marketplace page) never pays for them.
  /** Per slot: [key length (0: empty), flags, the key's units...]. */
  get rows(): Uint16Array {
    return (this.rowsArray ??= new Uint16Array((1 << CACHE_BITS) * ROW));
  }
  /** Per slot: the key string at 2 * slot, its value at 2 * slot + 1. */
  get entries(): Array<string | T> {
    return (this.entriesArray ??= new Array<string | T>(2 << CACHE_BITS).fill(''));
  }
}

/** The key of token [s, e): its text without apostrophes and hyphens ("don't" -> "dont"). */
export const keyOf = (text: string, s: number, e: number, dirty: boolean): string =>
  dirty ? text.slice(s, e).replace(/['-]/g, '') : text.slice(s, e);
