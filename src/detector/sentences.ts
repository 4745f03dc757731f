import type { Tokens } from './tokens';

/** A sentence as a token range [t0, t1) and its normalised char range [s, e). */
export interface Sentence {
  t0: number;
  t1: number;
  s: number;
  e: number;
}

// Long text is processed in sentence windows; a run-on "sentence" is cut so the work per
// sentence stays bounded whatever the input.
export const MAX_SENTENCE_TOKENS = 80;

const ABBREVIATIONS = new Set([
  'eg',
  'ie',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'etc',
  'approx',
  'no',
  'nr',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'ca',
  'bzw',
  'usw',
  'sra',
  'sr',
  'av',
  'tel', // "Tel. 030 ...": a phone label, in several languages
  'telf',
  'mob',
  'fax',
  'ext', // "020 7946 0382, ext. 14"
]);

/** "e.g.", "z. B.", "Mr." do not end a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  let letters = 0;
  let from = dot;
  while (i >= 0 && letters < 8) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      i--;
      continue;
    }
    if (c < 97 || c > 122) break;
    letters++;
    from = i--;
  }
  // "don't." and "can't." end sentences: the letter after an apostrophe is no initial.
  const stop = i >= 0 ? text.charCodeAt(i) : 32;
  if (stop === 39 || stop === 0x2019) return false;
  // "the 70s.", "up to 4k.": a letter after a number is its unit, not an initial.
  if (stop >= 48 && stop <= 57) return false;
  if (letters === 1) return true;
  if (letters === 0) return false;
  const word = text.slice(from, dot);
  return ABBREVIATIONS.has(word.includes('.') ? word.replace(/\./g, '') : word);
}

// A quoted line ("I wrote: 'Questions? Email us.'") stays inside the sentence that quotes it.
const MAX_QUOTE_TOKENS = 40;

function quoteState(
  text: string,
  from: number,
  to: number,
  openedAt: number,
  token: number,
): number {
  let state = openedAt;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 34) continue;
    const before = i === 0 ? 32 : text.charCodeAt(i - 1);
    const afterSpace =
      before === 32 || before === 10 || before === 58 || before === 40 || before === 9;
    if (state < 0 && afterSpace && i + 1 === to && to < text.length) state = token + 1;
    else if (state >= 0 && !afterSpace) state = -1;
  }
  return state;
}

/** a-z or 0-9, as in normalised text. */
export const isAlnumCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

function endsSentence(text: string, from: number, to: number): boolean {
  // A question mark between two words with no space is a link's query ("upi://pay?pa=..."),
  // not the end of a question.
  if (
    to === from + 1 &&
    text.charCodeAt(from) === 63 &&
    isAlnumCode(text.charCodeAt(from - 1)) &&
    isAlnumCode(text.charCodeAt(to))
  )
    return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 10 ||
      c === 33 ||
      c === 63 ||
      c === 0x2026 ||
      c === 0x3002 ||
      c === 0xff01 ||
      c === 0xff1f
    )
      return true;
    // A dot with a space on each side is a spelled or defanged address ("name @ site . com"),
    // not the end of a sentence.
    if (c === 46 && i > from && text.charCodeAt(i - 1) === 32) continue;
    if (c === 46 && !abbreviationBefore(text, i)) {
      const next = text.charCodeAt(i + 1);
      // "(...)" is an elision, not an end: a dot closes a bracket only after a word.
      const elided =
        next === 41 && (text.charCodeAt(i - 1) === 46 || text.charCodeAt(i - 1) === 40);
      if (
        i + 1 >= text.length ||
        next === 32 ||
        next === 10 ||
        next === 34 ||
        next === 39 ||
        (next === 41 && !elided)
      )
        return true;
    }
  }
  return false;
}

export function splitSentences(text: string, tokens: Tokens): Sentence[] {
  const out: Sentence[] = [];
  let t0 = 0;
  let s = 0;
  let quoteOpenedAt = -1;
  for (let i = 0; i < tokens.count; i++) {
    const gapEnd = i + 1 < tokens.count ? (tokens.start[i + 1] ?? text.length) : text.length;
    const gapStart = tokens.end[i] ?? 0;
    const last = i + 1 === tokens.count;
    // Most gaps are one space: no quote to track, no sentence end, no run-on cut yet.
    const oneSpace = gapEnd === gapStart + 1 && text.charCodeAt(gapStart) === 32;
    if (oneSpace && !last && i + 1 - t0 < MAX_SENTENCE_TOKENS) continue;
    quoteOpenedAt = quoteState(text, gapStart, gapEnd, quoteOpenedAt, i);
    const quoted = quoteOpenedAt >= 0 && i - quoteOpenedAt < MAX_QUOTE_TOKENS;
    if (
      last ||
      i + 1 - t0 >= MAX_SENTENCE_TOKENS ||
      (!quoted && endsSentence(text, gapStart, gapEnd))
    ) {
      out.push({ t0, t1: i + 1, s, e: endOfSentence(text, gapStart, gapEnd, last) });
      t0 = i + 1;
      s = gapEnd;
    }
  }
  return out;
}

/** The sentence keeps its closing punctuation and quotes, not the following space. */
function endOfSentence(text: string, from: number, to: number, last: boolean): number {
  let e = from;
  if (last) {
    let end = text.length;
    while (end > from && text.charCodeAt(end - 1) <= 32) end--;
    return end;
  }
  while (e < to && text.charCodeAt(e) !== 32 && text.charCodeAt(e) !== 10) e++;
  return e;
}
