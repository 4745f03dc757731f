import { CONFUSABLES as importedConfusables } from './char-tables';
import { foldCodePoint as importedFold } from './fold-char';
import { collapseSpacedLetters, nextCandidate } from './collapse';
import {
  endOf,
  expand,
  firstOf,
  markBlock as importedMarkBlock,
  markRun as importedMarkRun,
  newSpanMap,
  type SpanMap,
} from './span-map';

// Module-local copies: dev tools compile imported bindings to getters, paid per char here.
const foldCodePoint = importedFold;
// Dense per-code-point tables for the hot loop (a sparse Record is a dictionary lookup).
const CONFUSABLE_FIRST = 0x0370;
const CONFUSABLES = Array.from({ length: 0x0530 - CONFUSABLE_FIRST }, (_, k) => {
  const look: string | undefined = importedConfusables[CONFUSABLE_FIRST + k];
  return look;
});
/** Basic-plane code point -> its fold, filled as met (foldCodePoint's answer, cached). */
const FOLDED = new Array<string | undefined>(0x10000).fill(undefined);
const markRun = importedMarkRun;
const markBlock = importedMarkBlock;

/**
 * Folded, lower-case text plus, for every UTF-16 unit of it, the original range it came
 * from, so findings can highlight exactly what was typed.
 */
export interface Normalized {
  text: string;
  /** Absent when the text maps one to one onto the original (plain ASCII). */
  start?: Int32Array;
  end?: Int32Array;
}

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c > 0xbf && c !== 0x2014 && c !== 0x2013 && c !== 0x3000;
}

/**
 * Look-alike letters are only folded inside a word that also has an ASCII Latin letter.
 * Returns the word's end and the verdict, so one word is examined once (linear time).
 */
function latinWord(s: string, at: number): [number, boolean] {
  let latin = false;
  for (let i = at - 1; i >= 0 && !latin && isWordUnit(s.charCodeAt(i)); i--) {
    const c = s.charCodeAt(i) | 32;
    latin = c >= 97 && c <= 122;
  }
  let end = at + 1;
  for (; end < s.length && isWordUnit(s.charCodeAt(end)); end++) {
    const c = s.charCodeAt(end) | 32;
    if (c >= 97 && c <= 122) latin = true;
  }
  return [end, latin];
}

// Currency signs that look like a letter stand for it between two letters ("sk¥pe",
// "t€l€gram") or opening a word ("¢a$h app"); anywhere else they are money ("¥500", "20 €").
// An inverted "¡" stands for an "i" only between two letters ("L¥d¡a"): opening a word it is
// Spanish ("¡Hola!").
const SIGN_LOOKS: Record<number, string> = {
  0xa1: 'i',
  0xa2: 'c',
  0xa3: 'l',
  0xa5: 'y',
  0x20ac: 'e',
};
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
function standsForLetter(s: string, at: number): boolean {
  if (!isAsciiLetter(s.charCodeAt(at + 1))) return false;
  // After a letter, or opening a word: anything but a digit or a letter outside ASCII.
  const before = s.charCodeAt(at - 1);
  if (s.charCodeAt(at) === 0xa1) return isAsciiLetter(before) || before === 0xa5;
  return !(before >= 48 && before <= 57) && !(before > 0x7f);
}

// The next unit outside ASCII, found natively.
const NEXT_NON_ASCII = /[^\0-\x7f]/g;

/**
 * Folds `original`, recording in `map` where each folded unit came from. Stretches that fold
 * to themselves (ASCII, and letters already in their folded form, like most Cyrillic) are
 * copied as whole slices of the lower-cased text; only the other characters are rebuilt.
 */
function fold(original: string, map: SpanMap): string {
  const n = original.length;
  // Lower-casing all at once is only safe while it keeps every unit in place ("İ" grows).
  const lowered = original.toLowerCase();
  const lower = lowered.length === n ? lowered : undefined;
  const parts: string[] = [];
  let length = 0; // of the folded text so far
  let wordEnd = -1;
  let wordLatin = false;
  let run = 0; // start of the stretch not yet copied
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      NEXT_NON_ASCII.lastIndex = i;
      i = NEXT_NON_ASCII.test(original) ? NEXT_NON_ASCII.lastIndex - 1 : n;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let folded: string;
    if (width === 1 && c >= 0xd800 && c <= 0xdfff) {
      folded = ' '; // lone surrogate: a separator, never a crash
    } else {
      // Cyrillic or Greek
      const look = cp >= 0x0370 && cp <= 0x052f ? CONFUSABLES[cp - CONFUSABLE_FIRST] : undefined;
      if (look !== undefined && i >= wordEnd) [wordEnd, wordLatin] = latinWord(original, i);
      const sign = look === undefined ? SIGN_LOOKS[cp] : undefined;
      if (look !== undefined && wordLatin) folded = look;
      else if (sign !== undefined && standsForLetter(original, i)) folded = sign;
      else if (width === 1) folded = FOLDED[cp] ?? (FOLDED[cp] = foldCodePoint(cp));
      else folded = foldCodePoint(cp);
    }
    if (
      lower !== undefined &&
      width === 1 &&
      folded.length === 1 &&
      folded.charCodeAt(0) === lower.charCodeAt(i)
    ) {
      i++; // already folded: part of the stretch
      continue;
    }
    if (run < i) {
      markRun(map, length, run);
      parts.push(lower ? lower.slice(run, i) : original.slice(run, i).toLowerCase());
      length += i - run;
    }
    if (folded.length === 1 && width === 1) markRun(map, length, i);
    else if (folded.length > 0) markBlock(map, length, i, width);
    parts.push(folded);
    length += folded.length;
    i += width;
    run = i;
  }
  if (run < n) {
    markRun(map, length, run);
    parts.push(lower ? lower.slice(run, n) : original.slice(run, n).toLowerCase());
  }
  return parts.length === 1 ? (parts[0] ?? '') : parts.join('');
}

// Plain ASCII text skips the per-character work entirely.
const NON_ASCII = /[^\t\n\r -~]/;

/**
 * Normalised text whose position map is kept compact (one entry per shift, see span-map);
 * `start` and `end` are only spelt out, once, if someone reads them.
 */
class MappedText implements Normalized {
  private startArray: Int32Array | undefined;
  private endArray: Int32Array | undefined;
  constructor(
    readonly text: string,
    /** Folded unit -> original range. */
    private readonly fold: SpanMap,
    /** Normalised unit -> folded units, when spaced letters or defanging were collapsed. */
    private readonly spaced?: SpanMap,
  ) {}
  get start(): Int32Array {
    if (!this.startArray) this.spellOut();
    return this.startArray ?? new Int32Array(0);
  }
  get end(): Int32Array {
    if (!this.endArray) this.spellOut();
    return this.endArray ?? new Int32Array(0);
  }
  /** Original start of normalised unit `u`. */
  startOf(u: number): number {
    return firstOf(this.fold, this.spaced ? firstOf(this.spaced, u) : u);
  }
  /** Original end of normalised unit `u`. */
  endOf(u: number): number {
    return endOf(this.fold, this.spaced ? endOf(this.spaced, u) - 1 : u);
  }
  private spellOut(): void {
    const n = this.text.length;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    if (!this.spaced) expand(this.fold, n, start, end);
    else
      for (let u = 0; u < n; u++) {
        start[u] = this.startOf(u);
        end[u] = this.endOf(u);
      }
    this.startArray = start;
    this.endArray = end;
  }
}

export function normalize(original: string): Normalized {
  if (!NON_ASCII.test(original)) {
    const lower = original.toLowerCase();
    const first = firstCandidate(lower);
    if (first < 0) return { text: lower };
    const spaced = collapseSpacedLetters(lower, first);
    // An empty fold map: every unit of `lower` maps to itself.
    return spaced ? new MappedText(spaced.text, newSpanMap(), spaced.map) : { text: lower };
  }
  const map = newSpanMap();
  const folded = fold(original, map);
  const first = firstCandidate(folded);
  const spaced = first < 0 ? undefined : collapseSpacedLetters(folded, first);
  return spaced ? new MappedText(spaced.text, map, spaced.map) : new MappedText(folded, map);
}

/** Where the first spaced-letter or defanged candidate is, or -1; found once, used twice. */
function firstCandidate(text: string): number {
  return nextCandidate(text, 0);
}

/** Original range of normalised [from, to). */
export function toOriginal(norm: Normalized, from: number, to: number): [number, number] {
  const len = norm.text.length;
  if (len === 0) return [0, 0];
  const a = Math.min(Math.max(from, 0), len - 1);
  const b = Math.min(Math.max(to - 1, a), len - 1);
  if (norm instanceof MappedText) return [norm.startOf(a), norm.endOf(b)];
  if (!norm.start || !norm.end) return [a, b + 1];
  return [norm.start[a] ?? 0, norm.end[b] ?? 0];
}
