import { CONFUSABLES } from './char-tables';
import { markBlock, markRun, newSpanMap, type SpanMap } from './span-map';

// Second pass: "p a y p a l", "S.k.y.p.e", "e-m-a-i-l", "P . a . y" and a letter per line lose
// their separators, and defanged "[.]", "(dot)", "[at]" become "." and "@". Only the places a
// cheap native regex points at are rewritten; everything else is copied in bulk as slices, and
// a compact map (span-map) records which unit of the input each unit of the output came from.
const SEPARATORS = new Set([0x20, 0x2e, 0x2d, 0x5f, 0xb7, 0x2a, 0x2022, 0x2f, 0x7c, 0x0a]);
const MIN_RUN = 4;
const A = 'a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const S = ' .\\-_\\u00b7*\\u2022/|\\n'; // a letter per line too: "V\nE\nN\nM\nO"
/** A separator with a space either side: "p . a . y . p . a . l". */
const PADDED = ` [${S.slice(1)}] `;
export const CANDIDATES = new RegExp(
  `(?<![${A}])[${A}][${S}][${A}][${S}][${A}][${S}][${A}](?![${A}])|` +
    `(?<![${A}])[${A}]${PADDED}[${A}]${PADDED}[${A}]${PADDED}[${A}](?![${A}])|` +
    `[[({](?:\\.|dot|at|@)[\\])}]`,
  'g',
);

/** Holds wherever CANDIDATES matches (its middle, or a bracket): a cheap way to rule text out. */
export const MAYBE_CANDIDATES = new RegExp(
  `[${S}][${A}][${S}][${A}][${S}]|${PADDED}[${A}]${PADDED}|[[({]`,
);

function isAlnum(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
  );
}

/** Units from one letter of a run to the next: 2 ("p.a"), or 4 when padded ("p . a"). */
function stepAt(text: string, i: number): number {
  const sep = text.charCodeAt(i + 1);
  if (sep !== 0x20) return 2;
  const mid = text.charCodeAt(i + 2);
  return mid !== 0x20 && SEPARATORS.has(mid) && text.charCodeAt(i + 3) === 0x20 ? 4 : 2;
}

/** Whether the separator after the letter at j is the run's: the same `step - 1` units as at i. */
function sameSeparator(text: string, i: number, j: number, step: number): boolean {
  for (let k = 1; k < step; k++)
    if (text.charCodeAt(j + k) !== text.charCodeAt(i + k)) return false;
  return true;
}

/** The step of the run spacedRunEnd last measured. */
let runStep = 2;

/** End (exclusive) of a run like "x.y.z.w" or "x . y . z . w" starting at i, or 0. */
function spacedRunEnd(text: string, len: number, i: number, minRun = MIN_RUN): number {
  if (i > 0 && isAlnum(text.charCodeAt(i - 1))) return 0;
  if (!SEPARATORS.has(text.charCodeAt(i + 1))) return 0;
  const step = stepAt(text, i);
  let j = i;
  let singles = 0;
  let letters = 0;
  let stop = i;
  while (j < len && isAlnum(text.charCodeAt(j)) && !isAlnum(text.charCodeAt(j + 1))) {
    singles++;
    if (text.charCodeAt(j) >= 97) letters++;
    stop = j + 1;
    if (!sameSeparator(text, i, j, step)) break;
    j += step;
  }
  runStep = step;
  return singles >= minRun && letters >= 3 ? stop : 0;
}

/** A word spelled out after another, shorter ("C.a.s.h A.p.p", "C a s h  A p p"). */
const FOLLOW_RUN = 3;

/**
 * Start of a shorter run spelled the same way right after the run ending at `end` (one to
 * three spaces apart; a run's own separator never follows it), or -1.
 */
function followingRunStart(text: string, len: number, runStart: number, end: number): number {
  let k = end;
  while (k < len && k - end < 3 && text.charCodeAt(k) === 0x20) k++;
  if (k === end || text.charCodeAt(k) === 0x20) return -1;
  const step = runStep;
  if (k + 2 * step >= len || stepAt(text, k) !== step) return -1;
  return sameSeparator(text, runStart, k, step) ? k : -1;
}

const isLatinLetter = (c: number): boolean => c >= 97 && c <= 122;
const isCyrillic = (c: number): boolean => c >= 0x400 && c <= 0x52f;

function hasLatin(text: string, from: number, to: number, step: number): boolean {
  for (let k = from; k < to; k += step) if (isLatinLetter(text.charCodeAt(k))) return true;
  return false;
}

/**
 * Whether the run's first letter is Cyrillic, every other one Latin and the word before the
 * run Cyrillic: a one-letter word of the sentence ("в", "с", "к") before a name spelled out.
 */
function leadsInOwnScript(text: string, from: number, to: number): boolean {
  if (!isCyrillic(text.charCodeAt(from))) return false;
  for (let k = from + runStep; k < to; k += runStep)
    if (
      !isLatinLetter(text.charCodeAt(k)) &&
      !(text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57)
    )
      return false;
  let k = from - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  return k >= 0 && isCyrillic(text.charCodeAt(k));
}

const DEFANG: Array<[string, number]> = [
  ['[.]', 0x2e],
  ['(.)', 0x2e],
  ['{.}', 0x2e],
  ['[dot]', 0x2e],
  ['(dot)', 0x2e],
  ['{dot}', 0x2e],
  ['[at]', 0x40],
  ['(at)', 0x40],
  ['{at}', 0x40],
  ['[@]', 0x40],
  ['(@)', 0x40],
];

function defangAt(text: string, len: number, i: number): [number, number] | undefined {
  for (const [pat, code] of DEFANG) {
    if (i + pat.length > len) continue;
    let ok = true;
    for (let k = 0; k < pat.length && ok; k++) ok = text.charCodeAt(i + k) === pat.charCodeAt(k);
    if (ok) return [pat.length, code];
  }
  return undefined;
}

/**
 * Rewrites `text` from the candidate at `first` (the index of CANDIDATES' first match, found
 * by the caller). Returns, if it changed anything, the new text and the map from each of its
 * units to the units of `text` it came from.
 */
export function collapseSpacedLetters(
  text: string,
  first = 0,
): { text: string; map: SpanMap } | undefined {
  const length = text.length;
  const map = newSpanMap();
  const parts: string[] = [];
  let copied = 0;
  let w = 0;
  /** Copies text[from, to) unchanged. */
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    markRun(map, w, from);
    parts.push(text.slice(from, to));
    w += to - from;
  };
  let from = first;
  for (let i = nextCandidate(text, from); i >= 0; i = nextCandidate(text, from)) {
    const matchEnd = candidateEnd;
    from = matchEnd;
    if (i < copied) continue;
    const c = text.charCodeAt(i);
    const d = c === 0x5b || c === 0x28 || c === 0x7b ? defangAt(text, length, i) : undefined;
    let runStart = d ? i : walkBackToRunStart(text, i);
    let runEnd = d ? 0 : spacedRunEnd(text, length, runStart);
    if (runEnd > 0 && leadsInOwnScript(text, runStart, runEnd)) {
      // "оплата в U S D T": the Cyrillic "в" is a word of the sentence, not the name's first letter.
      runStart += runStep;
      runEnd = spacedRunEnd(text, length, runStart);
    }
    if (!d && runEnd === 0) {
      from = i + 1;
      continue;
    }
    copy(copied, runStart);
    if (d) {
      markBlock(map, w++, i, d[0]);
      parts.push(String.fromCharCode(d[1]));
      copied = i + d[0];
    } else {
      // Letters that look Latin, spaced among Latin ones ("р a y p a l"), are read as those:
      // the first pass folds them only inside a word holding Latin letters, which a spaced
      // letter alone never is.
      const latin = hasLatin(text, runStart, runEnd, runStep);
      for (let k = runStart; k < runEnd; k += runStep) {
        markRun(map, w++, k);
        const c = text.charCodeAt(k);
        parts.push((latin && c >= 0x370 && CONFUSABLES[c]) || text.charAt(k));
      }
      copied = runEnd;
      // "C.a.s.h A.p.p": a shorter word spelled out the same way after it is read too.
      for (let k = followingRunStart(text, length, runStart, copied); k >= 0;) {
        const end = spacedRunEnd(text, length, k, FOLLOW_RUN);
        if (end === 0) break; // followingRunStart matched its step and separator already
        copy(copied, k);
        for (let q = k; q < end; q += runStep) {
          markRun(map, w++, q);
          parts.push(text.charAt(q));
        }
        copied = end;
        k = followingRunStart(text, length, runStart, end);
      }
    }
    from = Math.max(matchEnd, copied);
  }
  if (copied === 0) return undefined;
  copy(copied, length);
  return { text: parts.join(''), map };
}

// CANDIDATES scanned by hand: its spaced form holds MAYBE_CANDIDATES one unit in, its
// bracket form at its start, so only where the cheaper regex matches is it tried (sticky).
const MAYBE_ANYWHERE = new RegExp(MAYBE_CANDIDATES.source, 'g');
const CANDIDATE_AT = new RegExp(CANDIDATES.source, 'y');
/** End of the match nextCandidate last found. */
let candidateEnd = 0;

/** Where CANDIDATES' leftmost match at or after `from` starts (its end in candidateEnd), or -1. */
export function nextCandidate(text: string, from: number): number {
  MAYBE_ANYWHERE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MAYBE_ANYWHERE.exec(text)) !== null) {
    const q = m.index;
    for (let p = Math.max(from, q - 1); p <= q; p++) {
      CANDIDATE_AT.lastIndex = p;
      const c = CANDIDATE_AT.exec(text);
      if (c !== null) {
        candidateEnd = p + c[0].length;
        return p;
      }
    }
    MAYBE_ANYWHERE.lastIndex = q + 1;
  }
  return -1;
}

/** The regex may match in the middle of a long run ("p a y p a l"): step back to its start. */
function walkBackToRunStart(text: string, i: number): number {
  let k = i;
  const step = stepAt(text, i);
  while (
    k >= step &&
    sameSeparator(text, i, k - step, step) &&
    isAlnum(text.charCodeAt(k - step)) &&
    !isAlnum(text.charCodeAt(k - step - 1))
  )
    k -= step;
  return k;
}
