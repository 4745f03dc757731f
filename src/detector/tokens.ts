import {
  CACHE_BITS,
  CACHE_MASK,
  KeyCache,
  MAX_CACHED,
  ROW,
  keyOf as importedKeyOf,
} from './intern';

// Module-local copies: dev tools compile imported bindings to getters, paid per token here.
const keyOf = importedKeyOf;
const BITS = CACHE_BITS;
const MASK = CACHE_MASK;
const LONG = MAX_CACHED;
const ROW_UNITS = ROW;

// Splits normalised text into word tokens. A token's key drops inner hyphens and
// apostrophes ("pay-pal" -> "paypal", "don't" -> "dont"); keys are what the lexicon uses.
/**
 * Word tokens of a text. The arrays are buffers the tokenizer reuses: entries from `count` on
 * are stale, and everything is only valid until the next tokenize call with the same cache
 * (scans are synchronous, so a scan's tokens live exactly as long as they are needed).
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  keys: string[];
}

/** Tokens with what a word cache knows about each: its value and its byte of flags. */
export interface Words<T> extends Tokens {
  values: T[];
  flags: Uint8Array;
}

/** A cache that knows nothing about words: plain tokens, keys still shared between scans. */
const PLAIN = new KeyCache<undefined>({ value: () => undefined, flags: () => 0 });

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xd7 && c !== 0xf7 && c >= 0xc0;
}

// One class per UTF-16 unit, looked up once per character in the hot loop.
const WORD = 1;
const JOINER = 2; // kept inside a token only when a word character follows
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isWordCode(c)) CLASS[c] = WORD;
for (const c of [45, 39, 36, 64, 38]) CLASS[c] = JOINER;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** "pay-pal", "e-mail", "off-platform" join; "Telefonnummer-Feld", "data-entry" split. */
function shortSide(text: string, segmentStart: number, hyphen: number): boolean {
  if (hyphen - segmentStart <= 3) return true;
  let r = hyphen + 1;
  while (r < text.length && r - hyphen <= 4 && CLASS[text.charCodeAt(r)] === WORD) r++;
  return r - hyphen - 1 <= 3;
}

/** "w/o", chat shorthand for "without", is one token; any other slash splits ("a/b", "24/7"). */
function isWithout(text: string, s: number, slash: number): boolean {
  return (
    slash === s + 1 &&
    text.charCodeAt(s) === 119 &&
    text.charCodeAt(slash + 1) === 111 &&
    CLASS[text.charCodeAt(slash + 2)] !== WORD
  );
}

export function tokenize(text: string): Tokens;
export function tokenize<T>(text: string, cache: KeyCache<T>): Words<T>;
export function tokenize<T>(text: string, cache?: KeyCache<T>): Words<T> | Words<undefined> {
  return cache ? words(text, cache) : words(text, PLAIN);
}

/** The current token's key units; longer keys than this are never cached (LONG is less). */
const CHARS = new Uint16Array(64);
const CHARS_MASK = 63;

/** True when the slot's row holds the word whose key units are chars[0, len). */
function cachedIs(rows: Uint16Array, slot: number, chars: Uint16Array, len: number): boolean {
  const base = slot * ROW_UNITS;
  if (rows[base] !== len) return false;
  for (let q = 0; q < len; q++) if (rows[base + 2 + q] !== chars[q]) return false;
  return true;
}

function moveSlot<T>(cache: KeyCache<T>, from: number, to: number): void {
  cache.rows.copyWithin(to * ROW_UNITS, from * ROW_UNITS, (from + 1) * ROW_UNITS);
  cache.entries[2 * to] = cache.entries[2 * from] as string;
  cache.entries[2 * to + 1] = cache.entries[2 * from + 1] as T;
}

function words<T>(text: string, cache: KeyCache<T>): Words<T> {
  const n = text.length;
  const cap = (n >> 1) + 2;
  const out = cache.out;
  // Prose has a token every five or six characters: room for one in four, grown if needed.
  out.start(Math.min(cap, (n >> 2) + 16));
  let { first: start, end, flags } = out;
  const { keys, values } = out;
  let room = start.length;
  const cls = CLASS;
  const { rows, entries, facts } = cache;
  const chars = CHARS;
  let count = 0;
  let i = 0;
  while (count < cap) {
    while (i < n && cls[text.charCodeAt(i)] !== WORD) i++;
    if (i >= n) break;
    const s = i;
    let dirty = false;
    let segment = i;
    let hash = 0x811c9dc5;
    let len = 0; // of the key: units kept in `chars`
    while (i < n) {
      const c = text.charCodeAt(i);
      // a-z, most of any text, is decided without the class table (10% of the tokenizer)
      if ((c - 97) >>> 0 <= 25 || cls[c] === WORD) {
        hash = Math.imul(hash ^ c, 16777619); // FNV-1a, for the word cache
        chars[len++ & CHARS_MASK] = c;
        i++;
      } else if (cls[c] === JOINER && i + 1 < n && cls[text.charCodeAt(i + 1)] === WORD) {
        if (
          c === 45 &&
          (isDigit(text.charCodeAt(i - 1)) ||
            isDigit(text.charCodeAt(i + 1)) ||
            !shortSide(text, segment, i))
        )
          break;
        dirty = true;
        if (c !== 45 && c !== 39) {
          hash = Math.imul(hash ^ c, 16777619);
          chars[len++ & CHARS_MASK] = c;
        }
        i++;
        segment = i;
      } else if (
        // Leet signs side by side ("c@$h"), rare: tested only where a token would end.
        (c === 64 || c === 36) &&
        text.charCodeAt(i + 1) === 100 - c &&
        cls[text.charCodeAt(i + 2)] === WORD
      ) {
        hash = Math.imul(Math.imul(hash ^ c, 16777619) ^ (100 - c), 16777619);
        chars[len++ & CHARS_MASK] = c;
        chars[len++ & CHARS_MASK] = 100 - c;
        i += 2;
        segment = i;
        dirty = true;
      } else if (
        // "s!gnal", "w!$e": an "i" written "!" after a letter or three, before a letter (or a
        // "$" or "@" one), as rare; "great!thanks" has too long a word before it to be read so.
        c === 33 &&
        i + 1 < n &&
        i - segment <= 3 &&
        (text.charCodeAt(i - 1) - 97) >>> 0 <= 25 &&
        ((text.charCodeAt(i + 1) - 97) >>> 0 <= 25 ||
          ((text.charCodeAt(i + 1) === 36 || text.charCodeAt(i + 1) === 64) &&
            i + 2 < n &&
            (text.charCodeAt(i + 2) - 97) >>> 0 <= 25))
      ) {
        hash = Math.imul(hash ^ c, 16777619);
        chars[len++ & CHARS_MASK] = c;
        i++;
        segment = i;
        dirty = true;
      } else if (
        // A letter masked by an asterisk ("z*lle", "upw*rk"), as rare: only where a token would end.
        c === 42 &&
        i + 1 < n &&
        (text.charCodeAt(i - 1) - 97) >>> 0 <= 25 &&
        (text.charCodeAt(i + 1) - 97) >>> 0 <= 25
      ) {
        hash = Math.imul(hash ^ c, 16777619);
        chars[len++ & CHARS_MASK] = c;
        i++;
        segment = i;
        dirty = true;
      } else break;
    }
    if (len === 1 && text.charCodeAt(i) === 47 && isWithout(text, s, i)) {
      // "w/o" read on: the slash and the "o" join the key ("w/o" -> "without", word-info)
      hash = Math.imul(Math.imul(hash ^ 47, 16777619) ^ 111, 16777619);
      chars[1] = 47;
      chars[2] = 111;
      len = 3;
      i += 2;
      dirty = true;
    }
    if (count === room) {
      out.reserve(Math.min(cap, room * 2));
      ({ first: start, end, flags } = out);
      room = start.length;
    }
    start[count] = s;
    end[count] = i;
    if (len > LONG) {
      const key = keyOf(text, s, i, dirty);
      const value = facts.value(key);
      keys[count] = key;
      values[count] = value;
      flags[count] = facts.flags(value);
    } else {
      // Two ways: a word is looked for in its slot and the slot's neighbour (slot ^ 1).
      let slot = (hash ^ (hash >>> BITS)) & MASK;
      if (!cachedIs(rows, slot, chars, len)) {
        const other = slot ^ 1;
        if (cachedIs(rows, other, chars, len)) slot = other;
        else {
          // Into a free way; when both are taken, the newest goes first, the one it
          // displaces second, and what was second is dropped.
          if (rows[slot * ROW_UNITS] !== 0) {
            if (rows[other * ROW_UNITS] === 0) slot = other;
            else moveSlot(cache, slot, other);
          }
          const key = keyOf(text, s, i, dirty);
          const value = facts.value(key);
          const base = slot * ROW_UNITS;
          rows[base] = len;
          rows[base + 1] = facts.flags(value);
          for (let q = 0; q < len; q++) rows[base + 2 + q] = chars[q] ?? 0;
          entries[2 * slot] = key;
          entries[2 * slot + 1] = value;
        }
      }
      keys[count] = entries[2 * slot] as string;
      values[count] = entries[2 * slot + 1] as T;
      flags[count] = rows[slot * ROW_UNITS + 1] ?? 0;
    }
    count++;
  }
  // Two blank tokens after the last, as fresh arrays had: code peeking one or two ahead
  // reads nothing left over from an earlier message.
  out.reserve(count + 2);
  for (let k = count; k < count + 2; k++) {
    out.first[k] = 0;
    out.end[k] = 0;
    out.flags[k] = 0;
    keys[k] = '';
    values[k] = cache.blank;
  }
  return { count, start: out.first, end: out.end, keys, values, flags: out.flags };
}

/** The first token in [from, to) with one of `keys`, or -1 (never past the last token). */
export function keyAt(tokens: Tokens, from: number, to: number, keys: ReadonlySet<string>): number {
  for (let t = Math.max(0, from); t < to && t < tokens.count; t++)
    if (keys.has(tokens.keys[t] ?? '')) return t;
  return -1;
}

/** Whether a token in [from, to) of the text has one of `keys` (never past the last token). */
export function keyIn(
  tokens: Tokens,
  from: number,
  to: number,
  keys: ReadonlySet<string>,
): boolean {
  return keyAt(tokens, from, to, keys) >= 0;
}
