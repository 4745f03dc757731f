// Token keys repeat (Zipf), so the tokenizer hashes a word's char codes as it reads them and
// reuses the string it made last time instead of slicing a new one: less garbage, and the
// reused string's hash is already cached for every Map the key meets later.
const BITS = 14;
const TABLE: Array<string | undefined> = new Array<string | undefined>(1 << BITS).fill(undefined);
const MAX_INTERNED = 24;

const isDropped = (c: number): boolean => c === 39 || c === 45;

/** True when `key` is [s, e) of text without its apostrophes and hyphens. */
function same(key: string, text: string, s: number, e: number): boolean {
  let k = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isDropped(c)) continue;
    if (key.charCodeAt(k++) !== c) return false;
  }
  return k === key.length;
}

/** The key of token [s, e): its text without apostrophes and hyphens ("don't" -> "dont"). */
export function internKey(
  text: string,
  s: number,
  e: number,
  hash: number,
  dirty: boolean,
): string {
  if (e - s > MAX_INTERNED) return dirty ? text.slice(s, e).replace(/['-]/g, '') : text.slice(s, e);
  const slot = (hash ^ (hash >>> BITS)) & ((1 << BITS) - 1);
  const hit = TABLE[slot];
  if (hit !== undefined && same(hit, text, s, e)) return hit;
  const key = dirty ? text.slice(s, e).replace(/['-]/g, '') : text.slice(s, e);
  TABLE[slot] = key;
  return key;
}
