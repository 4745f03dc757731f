import { isAsciiLetter } from './normalize/normalize';

// Quotation marks in text as typed: "The outro says 'Scan to pay with Pix'", «оплатите через
// СБП», the guide's section: 'Royalties are paid via bank transfer.' An opening mark stands
// after a space, a bracket or punctuation and before a character; its closing mark (of the
// same family) follows a character and is not followed by a letter, so the apostrophes of
// "don't" and "Chris' bike" open and close nothing.
const CLOSING: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '\u201c': '\u201d\u201c',
  '\u2018': '\u2019',
  '\u00ab': '\u00bb',
  '\u201e': '\u201c\u201d',
  '\u2039': '\u203a',
};
/** A word or two in quotation marks is emphasis ('my "other" app'), not a quotation. */
const MIN_QUOTED_WORDS = 3;
/** Longest stretch read as one quotation, in characters: a stray mark reaches no further. */
export const MAX_QUOTE = 400;

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter or digit; ASCII without a regex (most marks sit beside ASCII). */
function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 0x80) return isAsciiLetter(k) || (k >= 48 && k <= 57);
  return WORD_CHAR.test(c);
}
/** White space, or past the end of the text (NaN). */
const isSpaceCode = (c: number): boolean =>
  !(c > 32) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/**
 * True when the mark at `at` can open a quotation: not after a letter or digit, not before a
 * space (French sets guillemets off with a space: « Merci de régler… »).
 */
function opensAt(text: string, at: number): boolean {
  if (isWordChar(text[at - 1] ?? ' ')) return false;
  if (!isSpaceCode(text.charCodeAt(at + 1))) return true;
  return text.charCodeAt(at) === 0xab && !isSpaceCode(text.charCodeAt(at + 2));
}

/** Where marks that can open a quotation stand in `text`, in order. */
export function openings(text: string): number[] {
  const at: number[] = [];
  // Not after an ASCII letter or digit, not before a space, in the regex: the apostrophes of
  // "don't" are passed over natively; opensAt checks the rest.
  const marks = /(?<![A-Za-z0-9])(?:["'\u201c\u2018\u00ab\u201e\u2039](?=\S)|\u00ab(?=\s\S))/g;
  for (let m = marks.exec(text); m; m = marks.exec(text))
    if (opensAt(text, m.index)) at.push(m.index);
  return at;
}

/** True when one of the sorted positions `at` lies in [from, to). */
export function anyWithin(at: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && (at[lo] ?? 0) < to;
}

/** How many words text[from, to) holds (runs of characters between spaces), without copying. */
function wordsIn(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const space = text.charCodeAt(k) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The next index from `from` of any character of `chars` (one or two), or -1. */
function nextOf(text: string, chars: string, from: number): number {
  const a = text.indexOf(chars[0] ?? '', from);
  if (chars.length < 2) return a;
  const b = text.indexOf(chars[1] ?? '', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** Where the first mark of `closers` that can close a quotation lies in [from, limit), or -1. */
function closingAt(text: string, closers: string, from: number, limit: number): number {
  for (let k = nextOf(text, closers, from); k >= 0 && k < limit; k = nextOf(text, closers, k + 1))
    if (
      (!isSpaceCode(text.charCodeAt(k - 1)) ||
        (text.charCodeAt(k) === 0xbb && !isSpaceCode(text.charCodeAt(k - 2)))) &&
      !isWordChar(text[k + 1] ?? ' ')
    )
      return k;
  return -1;
}

/**
 * The quotations of `text` as [start, end) pairs, marks included, in order; `at` are its
 * openings when already found. With `words`, the word or two in quotation marks instead.
 */
export function quotedRanges(
  text: string,
  at: readonly number[] = openings(text),
  words = false,
): number[] {
  const ranges: number[] = [];
  let after = 0; // marks inside a quotation found open nothing
  for (const open of at) {
    if (open < after) continue;
    const mark = text[open] ?? '';
    const closers = CLOSING[mark] ?? mark;
    const paragraph = text.indexOf('\n\n', open);
    const limit = Math.min(paragraph < 0 ? text.length : paragraph, open + MAX_QUOTE);
    const close = closingAt(text, closers, open + 2, limit);
    if (close < 0) continue;
    if (wordsIn(text, open + 1, close) >= MIN_QUOTED_WORDS !== words) ranges.push(open, close + 1);
    after = close + 1;
  }
  return ranges;
}

// A message passed on for the reader to act on: "Fwd from our HR coordinator:", "je vous
// transfère le message de notre DAF :", "here's what my manager said, word for word:". The
// words quoted after such a line are the sender's side speaking through the writer, not copy.
// Not when the line reports them ("forwarding a scam attempt to support:").
const FORWARDS =
  /(?:^|[^\p{L}])(?:fwd?|forwarded|forwarding|word for word|transf[eè]re|transfiro|encaminh[oa]|reenv[ií]o|weitergeleitet|leite [^\n]{0,40}weiter|пересылаю|переслал[аи]?|teruskan|diteruskan)(?:[^\p{L}]|$)/u;
const REPORTS =
  /scam|phish|fake|fraud|report|support|suspicious|spam|estafa|golpe|arnaque|escroquer|betrug|мошен|penipuan|legit/;
/** Reach back from a quotation's opening mark to the line that introduces it. */
const INTRO_REACH = 160;

/**
 * The pairs of `ranges` that quote a forwarded message: the mark opens right after a colon
 * closing a line (this one or the one before) that says it forwards what follows.
 */
export function forwardedQuotes(text: string, ranges: readonly number[]): number[] {
  const out: number[] = [];
  for (let q = 0; q + 1 < ranges.length; q += 2) {
    const open = ranges[q] ?? 0;
    const before = text.slice(Math.max(0, open - INTRO_REACH), open).toLowerCase();
    if (!/:\s*$/.test(before)) continue;
    const lines = before.split('\n');
    const intro = lines.slice(-2).join('\n');
    if (FORWARDS.test(intro) && !REPORTS.test(intro)) out.push(open, ranges[q + 1] ?? open);
  }
  return out;
}

/** True when [s, e) lies inside one of the [start, end) pairs of `ranges`. */
export function inside(ranges: readonly number[], [s, e]: readonly [number, number]): boolean {
  for (let q = 0; q + 1 < ranges.length; q += 2)
    if (s >= (ranges[q] ?? 0) && e <= (ranges[q + 1] ?? 0)) return true;
  return false;
}
