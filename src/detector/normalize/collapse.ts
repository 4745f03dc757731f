import { type Buffer, newBuffer, push } from './buffer';

// Second pass: "p a y p a l", "S.k.y.p.e", "e-m-a-i-l" lose their separators, and defanged
// "[.]", "(dot)", "[at]" become "." and "@". Works on the first pass's buffer so every unit
// keeps its original range.
const SEPARATORS = new Set([0x20, 0x2e, 0x2d, 0x5f, 0xb7, 0x2a, 0x2022, 0x2f, 0x7c]);
const MIN_RUN = 4;

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** Length (in units) of a run like "x.y.z.w" starting at i, or 0. */
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
  ['[.]', 0x2e], ['(.)', 0x2e], ['{.}', 0x2e], ['[dot]', 0x2e], ['(dot)', 0x2e], ['{dot}', 0x2e],
  ['[at]', 0x40], ['(at)', 0x40], ['{at}', 0x40], ['[@]', 0x40], ['(@)', 0x40],
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

export function collapseSpacedLetters(src: Buffer): Buffer {
  const { codes, start, end, length } = src;
  const out = newBuffer(length + 16);
  for (let i = 0; i < length; i++) {
    const c = codes[i] ?? 0;
    if (c === 0x5b || c === 0x28 || c === 0x7b) {
      const d = defangAt(codes, length, i);
      if (d) {
        push(out, d[1], start[i] ?? 0, end[i + d[0] - 1] ?? 0);
        i += d[0] - 1;
        continue;
      }
    }
    const runEnd = isAlnum(c) ? spacedRunEnd(codes, length, i) : 0;
    if (runEnd > 0) {
      for (let k = i; k < runEnd; k += 2) push(out, codes[k] ?? 0, start[k] ?? 0, end[k] ?? 0);
      i = runEnd - 1;
      continue;
    }
    push(out, c, start[i] ?? 0, end[i] ?? 0);
  }
  return out;
}
