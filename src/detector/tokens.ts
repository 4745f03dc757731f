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
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xd7 && c !== 0xf7 && c >= 0xc0;
}

/** Characters kept inside a token only when a word character follows. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 36 || c === 64 || c === 38;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** "pay-pal", "e-mail", "off-platform" join; "Telefonnummer-Feld", "data-entry" split. */
function shortSide(text: string, segmentStart: number, hyphen: number): boolean {
  if (hyphen - segmentStart <= 3) return true;
  let r = hyphen + 1;
  while (r < text.length && r - hyphen <= 4 && isWordCode(text.charCodeAt(r))) r++;
  return r - hyphen - 1 <= 3;
}

export function tokenize(text: string, maxTokens = Number.MAX_SAFE_INTEGER): Tokens {
  const n = text.length;
  const cap = Math.min(maxTokens, (n >> 1) + 2);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const keys: string[] = [];
  let count = 0;
  let i = 0;
  while (i < n && count < cap) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let dirty = false;
    let segment = i;
    let hash = 0x811c9dc5;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        hash = Math.imul(hash ^ c, 16777619); // FNV-1a, for internKey
        i++;
      } else if (isJoiner(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
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
    start[count] = s;
    end[count] = i;
    keys.push(internKey(text, s, i, hash, dirty));
    count++;
  }
  return { count, start, end, keys };
}
