import { type Buffer, ensureCapacity, newBuffer, push } from './buffer';

// Second pass: "p a y p a l", "S.k.y.p.e", "e-m-a-i-l" lose their separators, and defanged
// "[.]", "(dot)", "[at]" become "." and "@". Only the places a cheap native regex points at
// are rewritten; everything else is copied in bulk, so every unit keeps its original range.
const SEPARATORS = new Set([0x20, 0x2e, 0x2d, 0x5f, 0xb7, 0x2a, 0x2022, 0x2f, 0x7c]);
const MIN_RUN = 4;
const A = 'a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const S = ' .\\-_\\u00b7*\\u2022/|';
export const CANDIDATES = new RegExp(
  `(?<![${A}])[${A}][${S}][${A}][${S}][${A}][${S}][${A}](?![${A}])|[[({](?:\\.|dot|at|@)[\\])}]`,
  'g',
);

function isAlnum(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
  );
}

/** End (exclusive) of a run like "x.y.z.w" starting at i, or 0. */
function spacedRunEnd(codes: Uint16Array, len: number, i: number): number {
  if (i > 0 && isAlnum(codes[i - 1] ?? 0)) return 0;
  const sep = codes[i + 1] ?? 0;
  if (!SEPARATORS.has(sep)) return 0;
  let j = i;
  let singles = 0;
  let letters = 0;
  let stop = i;
  while (j < len && isAlnum(codes[j] ?? 0) && !isAlnum(codes[j + 1] ?? 0)) {
    singles++;
    if ((codes[j] ?? 0) >= 97) letters++;
    stop = j + 1;
    if (codes[j + 1] !== sep) break;
    j += 2;
  }
  return singles >= MIN_RUN && letters >= 3 ? stop : 0;
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

function defangAt(codes: Uint16Array, len: number, i: number): [number, number] | undefined {
  for (const [pat, code] of DEFANG) {
    if (i + pat.length > len) continue;
    let ok = true;
    for (let k = 0; k < pat.length && ok; k++) ok = codes[i + k] === pat.charCodeAt(k);
    if (ok) return [pat.length, code];
  }
  return undefined;
}

function copyRange(src: Buffer, out: Buffer, from: number, to: number): void {
  if (to <= from) return;
  ensureCapacity(out, out.length + (to - from));
  out.codes.set(src.codes.subarray(from, to), out.length);
  out.start.set(src.start.subarray(from, to), out.length);
  out.end.set(src.end.subarray(from, to), out.length);
  out.length += to - from;
}

export function collapseSpacedLetters(src: Buffer, text: string): Buffer {
  const { codes, start, end, length } = src;
  const out = newBuffer(length + 16);
  let copied = 0;
  CANDIDATES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATES.exec(text)) !== null) {
    const i = m.index;
    if (i < copied) continue;
    const d =
      codes[i] === 0x5b || codes[i] === 0x28 || codes[i] === 0x7b
        ? defangAt(codes, length, i)
        : undefined;
    const runStart = d ? i : walkBackToRunStart(codes, i);
    const runEnd = d ? 0 : spacedRunEnd(codes, length, runStart);
    if (!d && runEnd === 0) {
      CANDIDATES.lastIndex = i + 1;
      continue;
    }
    copyRange(src, out, copied, runStart);
    if (d) {
      push(out, d[1], start[i] ?? 0, end[i + d[0] - 1] ?? 0);
      copied = i + d[0];
    } else {
      for (let k = runStart; k < runEnd; k += 2)
        push(out, codes[k] ?? 0, start[k] ?? 0, end[k] ?? 0);
      copied = runEnd;
    }
    CANDIDATES.lastIndex = Math.max(CANDIDATES.lastIndex, copied);
  }
  if (copied === 0) return src;
  copyRange(src, out, copied, length);
  return out;
}

/** The regex may match in the middle of a long run ("p a y p a l"): step back to its start. */
function walkBackToRunStart(codes: Uint16Array, i: number): number {
  let k = i;
  const sep = codes[i + 1] ?? 0;
  while (
    k >= 2 &&
    codes[k - 1] === sep &&
    isAlnum(codes[k - 2] ?? 0) &&
    !isAlnum(codes[k - 3] ?? 0)
  )
    k -= 2;
  return k;
}
