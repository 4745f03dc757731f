import { EMOJI_WORDS, INVISIBLE, enclosedLetter } from './char-tables';

// Per-code-point fold: NFKC (fullwidth, mathematical alphanumerics, ligatures), Latin
// diacritics stripped, Cyrillic ё read as е, lower case. Cached, since real text repeats the same few letters.
const cache = new Map<number, string>();
const COMBINING = /[\u0300-\u036f]/g;

export function foldCodePoint(cp: number): string {
  if (cp < 0x80)
    return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const out = computeFold(cp);
  if (cache.size < 20000) cache.set(cp, out);
  return out;
}

function computeFold(cp: number): string {
  if (INVISIBLE.has(cp)) return '';
  const emoji = EMOJI_WORDS[cp];
  if (emoji !== undefined) return emoji;
  const enclosed = enclosedLetter(cp);
  if (enclosed !== undefined) return enclosed;
  if (cp === 0x00a0 || cp === 0x2007 || cp === 0x202f || (cp >= 0x2000 && cp <= 0x200a)) return ' ';
  if (cp === 0x2018 || cp === 0x2019 || cp === 0x02bc) return "'";
  if (cp === 0x201c || cp === 0x201d) return '"';
  // Russian writes ё as е as often as not ("самолётик", "самолетик"): one spelling is read.
  if (cp === 0x0451 || cp === 0x0401) return '\u0435';
  let s = String.fromCodePoint(cp).normalize('NFKC');
  if (s.length === 0) return '';
  const first = s.codePointAt(0) ?? 0;
  if (first < 0x250) s = s.normalize('NFD').replace(COMBINING, '');
  s = s.toLowerCase();
  if (cp === 0x00df) return 'ss';
  return s;
}
