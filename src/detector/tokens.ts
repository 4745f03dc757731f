import { internKey as importedInternKey } from './intern';

// A module-local copy: dev tools compile imported bindings to getters, paid per token here.
const internKey = importedInternKey;

// Splits normalised text into word tokens. A token's key drops inner hyphens and
// apostrophes ("pay-pal" -> "paypal", "don't" -> "dont"); keys are what the lexicon uses.
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  keys: string[];
  /** Each key's slot in a 2^SLOT_BITS direct-mapped cache (from the hash the tokenizer makes anyway). */
  slots: Int32Array;
}

export const SLOT_BITS = 14;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

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

export function tokenize(text: string, maxTokens = Number.MAX_SAFE_INTEGER): Tokens {
  const n = text.length;
  const cap = Math.min(maxTokens, (n >> 1) + 2);
  // Prose has a token every five or six characters; room for one in four, grown if needed.
  let room = Math.min(cap, (n >> 2) + 16);
  let start: Int32Array = new Int32Array(room);
  let end: Int32Array = new Int32Array(room);
  let slots: Int32Array = new Int32Array(room);
  const keys = new Array<string>(room);
  const cls = CLASS;
  let count = 0;
  let i = 0;
  while (count < cap) {
    while (i < n && cls[text.charCodeAt(i)] !== WORD) i++;
    if (i >= n) break;
    const s = i;
    let dirty = false;
    let segment = i;
    let hash = 0x811c9dc5;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = cls[c];
      if (k === WORD) {
        hash = Math.imul(hash ^ c, 16777619); // FNV-1a, for internKey
        i++;
      } else if (k === JOINER && i + 1 < n && cls[text.charCodeAt(i + 1)] === WORD) {
        if (
          c === 45 &&
          (isDigit(text.charCodeAt(i - 1)) ||
            isDigit(text.charCodeAt(i + 1)) ||
            !shortSide(text, segment, i))
        )
          break;
        dirty = true;
        if (c !== 45 && c !== 39) hash = Math.imul(hash ^ c, 16777619); // FNV-1a, for internKey
        i++;
        segment = i;
      } else break;
    }
    if (count === room) {
      room = Math.min(cap, room * 2);
      start = grown(start, room);
      end = grown(end, room);
      slots = grown(slots, room);
    }
    start[count] = s;
    end[count] = i;
    keys[count] = internKey(text, s, i, hash, dirty);
    slots[count] = (hash ^ (hash >>> SLOT_BITS)) & SLOT_MASK;
    count++;
  }
  keys.length = count;
  return { count, start, end, keys, slots };
}

function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
