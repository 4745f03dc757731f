import { CONFUSABLES as importedConfusables } from './char-tables';
import { foldCodePoint as importedFold } from './fold-char';
import { collapseSpacedLetters, nextCandidate } from './collapse';
import { type Buffer, bufferToString, newBuffer, push as importedPush } from './buffer';

// Module-local copies: dev tools compile imported bindings to getters, paid per char here.
const CONFUSABLES = importedConfusables;
const foldCodePoint = importedFold;
const push = importedPush;

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

/** Copies the ASCII run from `i`, lower-cased, while the buffer has room; returns where it stopped. */
function copyAsciiRun(buf: Buffer, original: string, i: number): number {
  const { codes, start, end } = buf;
  const n = original.length;
  const room = codes.length;
  let k = buf.length;
  let j = i;
  for (; j < n && k < room; j++, k++) {
    const c = original.charCodeAt(j);
    if (c >= 0x80) break;
    codes[k] = c >= 65 && c <= 90 ? c + 32 : c;
    start[k] = j;
    end[k] = j + 1;
  }
  buf.length = k;
  return j;
}

function foldInto(buf: Buffer, original: string): void {
  const n = original.length;
  let wordEnd = -1;
  let wordLatin = false;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      const stop = copyAsciiRun(buf, original, i);
      if (stop > i) {
        i = stop - 1;
        continue;
      }
      push(buf, c >= 65 && c <= 90 ? c + 32 : c, i, i + 1);
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
    if (width === 1 && c >= 0xd800 && c <= 0xdfff) {
      push(buf, 0x20, i, i + 1); // lone surrogate: a separator, never a crash
      continue;
    }
    const look = cp >= 0x0370 && cp <= 0x052f ? CONFUSABLES[cp] : undefined; // Cyrillic or Greek
    if (look !== undefined && i >= wordEnd) [wordEnd, wordLatin] = latinWord(original, i);
    const folded = look !== undefined && wordLatin ? look : foldCodePoint(cp);
    for (let k = 0; k < folded.length; k++) push(buf, folded.charCodeAt(k), i, i + width);
    i += width - 1;
  }
}

// Plain ASCII text skips the per-character work entirely.
const NON_ASCII = /[^\t\n\r -~]/;

function identityBuffer(text: string): Buffer {
  const buf = newBuffer(text.length + 16);
  for (let i = 0; i < text.length; i++) {
    buf.codes[i] = text.charCodeAt(i);
    buf.start[i] = i;
    buf.end[i] = i + 1;
  }
  buf.length = text.length;
  return buf;
}

function fromBuffer(buf: Buffer): Normalized {
  return {
    text: bufferToString(buf),
    start: buf.start.subarray(0, buf.length),
    end: buf.end.subarray(0, buf.length),
  };
}

export function normalize(original: string): Normalized {
  if (!NON_ASCII.test(original)) {
    const lower = original.toLowerCase();
    const first = firstCandidate(lower);
    if (first < 0) return { text: lower };
    const buf = identityBuffer(lower);
    return collapseSpacedLetters(buf, lower, first) ? fromBuffer(buf) : { text: lower };
  }
  // Folding rarely grows the text (an emoji becomes its word): a little room spares a copy.
  const buf = newBuffer(original.length + (original.length >> 4) + 16);
  foldInto(buf, original);
  const folded = fromBuffer(buf);
  const first = firstCandidate(folded.text);
  if (first < 0 || !collapseSpacedLetters(buf, folded.text, first)) return folded;
  return fromBuffer(buf);
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
  if (!norm.start || !norm.end) return [a, b + 1];
  return [norm.start[a] ?? 0, norm.end[b] ?? 0];
}
