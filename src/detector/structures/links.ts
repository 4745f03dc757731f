import type { Hit } from './types';

// Messenger and payment links, including spaced or defanged ones ("wa . me / 1 646...").
// Every pattern starts with a literal, so scanning stays linear.
const SP = '\\s{0,2}';
const LINKS: ReadonlyArray<readonly [Hit['concept'], RegExp]> = [
  [
    'MSGLINK',
    new RegExp(
      `\\b(?:wa${SP}\\.${SP}me|api${SP}\\.${SP}whatsapp${SP}\\.${SP}com|chat${SP}\\.${SP}whatsapp${SP}\\.${SP}com|t${SP}\\.${SP}me|telegram${SP}\\.${SP}me|m${SP}\\.${SP}me|discord${SP}\\.${SP}gg|discord(?:app)?${SP}\\.${SP}com${SP}/${SP}invite|signal${SP}\\.${SP}me|line${SP}\\.${SP}me|calendly${SP}\\.${SP}com|cal${SP}\\.${SP}com|join${SP}\\.${SP}skype${SP}\\.${SP}com)${SP}/${SP}[+a-z0-9_][a-z0-9_.+/ -]{0,40}`,
      'g',
    ),
  ],
  ['MSGLINK', /\b(?:skype|live|sip):[a-z0-9][a-z0-9._-]{1,40}/g],
  [
    'PAYLINK',
    new RegExp(
      `\\b(?:paypal${SP}\\.${SP}me|paypal${SP}\\.${SP}com${SP}/${SP}(?:paypalme|pools)|cash${SP}\\.${SP}app|venmo${SP}\\.${SP}com|buy${SP}\\.${SP}stripe${SP}\\.${SP}com|checkout${SP}\\.${SP}stripe${SP}\\.${SP}com|donate${SP}\\.${SP}stripe${SP}\\.${SP}com|revolut${SP}\\.${SP}me|wise${SP}\\.${SP}com${SP}/${SP}pay|ko-fi${SP}\\.${SP}com|buymeacoffee${SP}\\.${SP}com|payoneer${SP}\\.${SP}com${SP}/${SP}[a-z])${SP}/?${SP}[$a-z0-9_.-]{0,40}`,
      'g',
    ),
  ],
];

/** A phone-looking tail inside a link is part of the link, so trim trailing separators. */
function trimEnd(text: string, s: number, e: number): number {
  let end = e;
  while (end > s && /[\s./-]/.test(text.charAt(end - 1))) end--;
  return end;
}

export function findLinks(text: string, out: Hit[]): void {
  for (const [concept, re] of LINKS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push({ concept, s: m.index, e: trimEnd(text, m.index, m.index + m[0].length) });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
