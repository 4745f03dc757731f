// Quotation marks in text as typed: "The outro says 'Scan to pay with Pix'", «оплатите через
// СБП», the guide's section: 'Royalties are paid via bank transfer.' An opening mark stands
// after a space or a bracket and before a character; its closing mark (of the same family)
// follows a character and is not followed by a letter, so the apostrophes of "don't" and
// "Chris' bike" open nothing.
const CLOSING: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '\u201c': '\u201d\u201c',
  '\u2018': '\u2019',
  '\u00ab': '\u00bb',
  '\u201e': '\u201c\u201d',
  '\u2039': '\u203a',
};
/** Any opening quotation mark. */
export const QUOTE_MARK = /["'\u201c\u2018\u00ab\u201e\u2039]/;
/** A word or two in quotation marks is emphasis ('my "other" app'), not a quotation. */
const MIN_QUOTED_WORDS = 3;
/** Longest stretch read as one quotation, in characters: a stray mark reaches no further. */
const MAX_QUOTE = 400;
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string): boolean => /\s/.test(c);

/** The quotations of `text` as [start, end) pairs, marks included, in order. */
export function quotedRanges(text: string): number[] {
  const ranges: number[] = [];
  const marks = new RegExp(QUOTE_MARK.source, 'g');
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const open = m.index;
    if (isWordChar(text[open - 1] ?? ' ') || isSpace(text[open + 1] ?? ' ')) continue;
    const closers = CLOSING[m[0]] ?? m[0];
    const limit = Math.min(text.length, open + MAX_QUOTE);
    for (let k = open + 2; k < limit; k++) {
      const c = text[k] ?? '';
      if (c === '\n' && text[k + 1] === '\n') break; // a quotation ends with its paragraph
      if (!closers.includes(c) || isSpace(text[k - 1] ?? ' ') || isWordChar(text[k + 1] ?? ' '))
        continue;
      if (
        text
          .slice(open + 1, k)
          .trim()
          .split(/\s+/).length >= MIN_QUOTED_WORDS
      )
        ranges.push(open, k + 1);
      marks.lastIndex = k + 1;
      break;
    }
  }
  return ranges;
}

/** True when [s, e) lies inside one of the [start, end) pairs of `ranges`. */
export function inside(ranges: readonly number[], [s, e]: readonly [number, number]): boolean {
  for (let q = 0; q + 1 < ranges.length; q += 2)
    if (s >= (ranges[q] ?? 0) && e <= (ranges[q + 1] ?? 0)) return true;
  return false;
}
