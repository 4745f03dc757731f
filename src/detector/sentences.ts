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

function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f) return true;
    if (c === 46) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 >= to || next === 32 || next === 10 || next === 34 || next === 41) return true;
    }
  }
  return false;
}

export function splitSentences(text: string, tokens: Tokens): Sentence[] {
  const out: Sentence[] = [];
  let t0 = 0;
  let s = 0;
  for (let i = 0; i < tokens.count; i++) {
    const gapEnd = i + 1 < tokens.count ? (tokens.start[i + 1] ?? text.length) : text.length;
    const gapStart = tokens.end[i] ?? 0;
    const last = i + 1 === tokens.count;
    if (last || i + 1 - t0 >= MAX_SENTENCE_TOKENS || endsSentence(text, gapStart, gapEnd)) {
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
