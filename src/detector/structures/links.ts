import type { Hit } from './types';

// Messenger and payment links, including spaced or defanged ones ("wa . me / 1 646...").
// Every pattern starts with a literal, so scanning stays linear.
const SP = '\\s{0,2}';
// Each pattern holds its mark ('.' or ':') at most `reach` after where it starts
// ("buymeacoffee  ." is 14), opens with one of `firsts`, has one of `nexts` within three
// characters after its first mark and, where `labels` says so, one of those words right after
// it ("wa.me", "cash.app"): it is only tried (sticky) where all of that holds. A sentence end
// (". could") mostly fails the last test.
const REACH = 16;
interface LinkPattern {
  concept: Hit['concept'];
  re: RegExp;
  mark: string;
  reach: number;
  firsts: string;
  nexts: string;
  /** What the text after the first mark starts with, past up to two spaces as in SP. */
  labels?: RegExp;
}
const LINKS: readonly LinkPattern[] = [
  {
    concept: 'MSGLINK',
    re: new RegExp(
      `\\b(?:wa${SP}\\.${SP}me|api${SP}\\.${SP}whatsapp${SP}\\.${SP}com|chat${SP}\\.${SP}whatsapp${SP}\\.${SP}com|t${SP}\\.${SP}me|telegram${SP}\\.${SP}me|m${SP}\\.${SP}me|discord${SP}\\.${SP}gg|discord(?:app)?${SP}\\.${SP}com${SP}/${SP}invite|signal${SP}\\.${SP}me|line${SP}\\.${SP}me|calendly${SP}\\.${SP}com|cal${SP}\\.${SP}com|join${SP}\\.${SP}skype${SP}\\.${SP}com|meet${SP}\\.${SP}google${SP}\\.${SP}com|zoom${SP}\\.${SP}us${SP}/${SP}j)${SP}/${SP}[+a-z0-9_][a-z0-9_.+/ -]{0,40}`,
      'y',
    ),
    mark: '.',
    reach: REACH,
    firsts: 'wactmdsljz',
    nexts: 'mwgcsu',
    labels: /\s{0,2}(?:me|whatsapp|gg|com|skype|google|us)/y,
  },
  {
    concept: 'MSGLINK',
    re: /\b(?:skype|live|sip):[a-z0-9][a-z0-9._-]{1,40}/y,
    mark: ':',
    reach: 5,
    firsts: 'sl',
    nexts: 'abcdefghijklmnopqrstuvwxyz0123456789',
  },
  {
    concept: 'PAYLINK',
    re: new RegExp(
      `\\b(?:paypal${SP}\\.${SP}me|paypal${SP}\\.${SP}com${SP}/${SP}(?:paypalme|pools)|cash${SP}\\.${SP}app|venmo${SP}\\.${SP}com|buy${SP}\\.${SP}stripe${SP}\\.${SP}com|checkout${SP}\\.${SP}stripe${SP}\\.${SP}com|donate${SP}\\.${SP}stripe${SP}\\.${SP}com|revolut${SP}\\.${SP}me|wise${SP}\\.${SP}com${SP}/${SP}pay|ko-fi${SP}\\.${SP}com|buymeacoffee${SP}\\.${SP}com|payoneer${SP}\\.${SP}com${SP}/${SP}[a-z])${SP}/?${SP}[$a-z0-9_.-]{0,40}`,
      'y',
    ),
    mark: '.',
    reach: REACH,
    firsts: 'pcvbdrwk',
    nexts: 'mcas',
    labels: /\s{0,2}(?:me|com|app|stripe)/y,
  },
];

/** A phone-looking tail inside a link is part of the link, so trim trailing separators. */
function trimEnd(text: string, s: number, e: number): number {
  let end = e;
  while (end > s && /[\s./-]/.test(text.charAt(end - 1))) end--;
  return end;
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

const table = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (let k = 0; k < chars.length; k++) t[chars.charCodeAt(k)] = 1;
  return t;
};

/** Every match of the sticky pattern, in order, as the same pattern scanning globally finds. */
function eachNearMark(
  { re, mark, reach, first, next, labels }: CompiledLink,
  text: string,
  fn: (s: number, length: number) => void,
): void {
  let p = 0;
  for (let d = text.indexOf(mark); d >= 0; d = text.indexOf(mark, d + 1)) {
    // A position is tried at the first mark after it, so a mark nothing link-like follows
    // ("done. then") rules out every position before it.
    const after = text.charCodeAt(d + 1);
    if (
      next[after] !== 1 &&
      next[text.charCodeAt(d + 2)] !== 1 &&
      next[text.charCodeAt(d + 3)] !== 1
    )
      continue;
    if (labels) {
      labels.lastIndex = d + 1;
      if (!labels.test(text)) continue;
    }
    for (p = Math.max(p, d - reach); p <= d; p++) {
      if (first[text.charCodeAt(p)] !== 1 || isWordChar(text.charCodeAt(p - 1))) continue; // \b
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null) continue;
      fn(p, m[0].length);
      p += Math.max(m[0].length, 1) - 1;
    }
  }
}

// Compiled once: the letter sets as look-up tables.
type CompiledLink = LinkPattern & { first: Uint8Array; next: Uint8Array };
const COMPILED: readonly CompiledLink[] = LINKS.map((l) => ({
  ...l,
  first: table(l.firsts),
  next: table(l.nexts),
}));

export function findLinks(text: string, out: Hit[]): void {
  for (const link of COMPILED) {
    eachNearMark(link, text, (s, length) =>
      out.push({ concept: link.concept, s, e: trimEnd(text, s, s + length) }),
    );
  }
}
