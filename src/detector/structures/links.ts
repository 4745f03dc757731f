import type { Hit } from './types';

// Messenger and payment links, including spaced or defanged ones ("wa . me / 1 646...").
// Every pattern starts with a literal, so scanning stays linear.
const SP = '\\s{0,2}';
// Each pattern holds its mark ('.' or ':') at most this far from where it starts
// ("buymeacoffee  ." is 14), so it is only tried at word starts that close before a mark.
const REACH = 16;
const LINKS: ReadonlyArray<readonly [Hit['concept'], RegExp, string, number, string]> = [
  [
    'MSGLINK',
    new RegExp(
      `\\b(?:wa${SP}\\.${SP}me|api${SP}\\.${SP}whatsapp${SP}\\.${SP}com|chat${SP}\\.${SP}whatsapp${SP}\\.${SP}com|t${SP}\\.${SP}me|telegram${SP}\\.${SP}me|m${SP}\\.${SP}me|discord${SP}\\.${SP}gg|discord(?:app)?${SP}\\.${SP}com${SP}/${SP}invite|signal${SP}\\.${SP}me|line${SP}\\.${SP}me|calendly${SP}\\.${SP}com|cal${SP}\\.${SP}com|join${SP}\\.${SP}skype${SP}\\.${SP}com)${SP}/${SP}[+a-z0-9_][a-z0-9_.+/ -]{0,40}`,
      'y',
    ),
    '.',
    REACH,
    'wactmdslj',
  ],
  ['MSGLINK', /\b(?:skype|live|sip):[a-z0-9][a-z0-9._-]{1,40}/y, ':', 5, 'sl'],
  [
    'PAYLINK',
    new RegExp(
      `\\b(?:paypal${SP}\\.${SP}me|paypal${SP}\\.${SP}com${SP}/${SP}(?:paypalme|pools)|cash${SP}\\.${SP}app|venmo${SP}\\.${SP}com|buy${SP}\\.${SP}stripe${SP}\\.${SP}com|checkout${SP}\\.${SP}stripe${SP}\\.${SP}com|donate${SP}\\.${SP}stripe${SP}\\.${SP}com|revolut${SP}\\.${SP}me|wise${SP}\\.${SP}com${SP}/${SP}pay|ko-fi${SP}\\.${SP}com|buymeacoffee${SP}\\.${SP}com|payoneer${SP}\\.${SP}com${SP}/${SP}[a-z])${SP}/?${SP}[$a-z0-9_.-]{0,40}`,
      'y',
    ),
    '.',
    REACH,
    'pcvbdrwk',
  ],
];

/** A phone-looking tail inside a link is part of the link, so trim trailing separators. */
function trimEnd(text: string, s: number, e: number): number {
  let end = e;
  while (end > s && /[\s./-]/.test(text.charAt(end - 1))) end--;
  return end;
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/** Every match of sticky `re`, in order, as the same pattern scanning globally would find. */
function eachNearMark(
  re: RegExp,
  text: string,
  mark: string,
  reach: number,
  firsts: string,
  fn: (s: number, length: number) => void,
): void {
  const first = new Uint8Array(128);
  for (let k = 0; k < firsts.length; k++) first[firsts.charCodeAt(k)] = 1;
  let p = 0;
  for (let d = text.indexOf(mark); d >= 0; d = text.indexOf(mark, d + 1)) {
    for (p = Math.max(p, d - reach); p <= d; p++) {
      // Patterns open with \b and one of `firsts`.
      if (first[text.charCodeAt(p)] !== 1 || isWordChar(text.charCodeAt(p - 1))) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null) continue;
      fn(p, m[0].length);
      p += Math.max(m[0].length, 1) - 1;
    }
  }
}

export function findLinks(text: string, out: Hit[]): void {
  for (const [concept, re, mark, reach, firsts] of LINKS) {
    eachNearMark(re, text, mark, reach, firsts, (s, length) =>
      out.push({ concept, s, e: trimEnd(text, s, s + length) }),
    );
  }
}
