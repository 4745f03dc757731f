import type { Hit } from './types';

// IBANs (checked with mod-97), crypto wallet shapes, $cashtags and @handles.
const IBAN = /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b/g;
const WALLETS: readonly RegExp[] = [/\b0x[0-9a-f]{40}\b/g, /\bbc1[02-9ac-hj-np-z]{11,71}\b/g];
// A Tron address is 34 characters of one class: tried only inside runs that long.
const TRON = /\bt[1-9a-z]{33}\b/y;
const TRON_LENGTH = 34;
// A handle starts at its sigil or the character before it: tried only there.
const HANDLE = /(?:^|[\s(:,])([@$])([a-z0-9_][a-z0-9_.-]{1,30})/y;

function ibanValid(raw: string): boolean {
  const s = raw.replace(/ /g, '').toUpperCase();
  if (s.length < 15 || s.length > 34) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = Number(String(rest) + String(v)) % 97;
  }
  return rest === 1;
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

const inTronClass = (c: number): boolean => (c >= 49 && c <= 57) || (c >= 97 && c <= 122);

/** Matches of TRON in order: any 34-character run of its class covers a multiple of 34. */
function eachTron(text: string, fn: (m: RegExpExecArray) => void): void {
  let done = 0;
  for (let probe = 0; probe < text.length; probe += TRON_LENGTH) {
    if (probe < done || !inTronClass(text.charCodeAt(probe))) continue;
    let s = probe;
    while (s > done && inTronClass(text.charCodeAt(s - 1))) s--;
    let e = probe + 1;
    while (e < text.length && inTronClass(text.charCodeAt(e))) e++;
    done = e;
    for (let p = s; e - p >= TRON_LENGTH; p++) {
      if (text.charCodeAt(p) !== 116) continue; // t
      TRON.lastIndex = p;
      const m = TRON.exec(text);
      if (m === null) continue;
      fn(m);
      p += m[0].length - 1;
    }
  }
}

/** Each "@" and "$" of the text, in order, found natively (faster than a class regex). */
function eachSigil(text: string, fn: (at: number) => void): void {
  let at = text.indexOf('@');
  let dollar = text.indexOf('$');
  while (at >= 0 || dollar >= 0) {
    if (at >= 0 && (dollar < 0 || at < dollar)) {
      fn(at);
      at = text.indexOf('@', at + 1);
    } else {
      fn(dollar);
      dollar = text.indexOf('$', dollar + 1);
    }
  }
}

/** Matches of HANDLE in order, tried where a sigil is (or just before it). */
function eachHandle(text: string, fn: (m: RegExpExecArray) => void): void {
  let next = 0;
  eachSigil(text, (sigil) => {
    const at = sigil === 0 ? 0 : sigil - 1;
    if (at < next) return;
    HANDLE.lastIndex = at;
    const m = HANDLE.exec(text);
    if (m === null) return;
    fn(m);
    next = at + m[0].length;
  });
}

// Code, not people: CSS at-rules, decorators and doc tags, scoped packages ("@types/node").
const CODE_AT = new Set([
  'media',
  'import',
  'keyframes',
  'font-face',
  'supports',
  'apply',
  'tailwind',
  'layer',
  'include',
  'mixin',
  'extend',
  'use',
  'param',
  'returns',
  'return',
  'deprecated',
  'override',
  'component',
  'injectable',
  'input',
  'output',
  'types',
  'angular',
  'babel',
  'testing-library',
  'charset',
  'container',
  'property',
]);

export function findFinance(text: string, out: Hit[]): void {
  each(IBAN, text, (m) => {
    if (ibanValid(m[0])) out.push({ concept: 'BANKDATA', s: m.index, e: m.index + m[0].length });
  });
  const wallet = (m: RegExpExecArray): void => {
    if (/\d/.test(m[0]) && /[a-z]/.test(m[0].slice(2)))
      out.push({ concept: 'BANKDATA', s: m.index, e: m.index + m[0].length });
  };
  // Both wallet shapes open with a literal: most text is ruled out by a native search.
  if (text.includes('0x')) each(WALLETS[0] as RegExp, text, wallet);
  eachTron(text, wallet);
  if (text.includes('bc1')) each(WALLETS[1] as RegExp, text, wallet);
  eachHandle(text, (m) => {
    const sigil = m[1] ?? '@';
    const name = m[2] ?? '';
    const s = m.index + m[0].length - name.length - 1;
    if (sigil === '$' && /^\d/.test(name)) return; // a price, not a cashtag
    // "💲app me the $300": the dollar sign standing in for Cash App, used as a verb ("$app" alone
    // is as likely a variable: "$app = $('#app')").
    if (sigil === '$' && /^app$/i.test(name)) {
      if (/^ (?:me|us)\b/.test(text.slice(s + 4, s + 8))) {
        out.push({ concept: 'RAIL_ASK', s, e: s + 4 });
        return;
      }
      // "my 💲app tag $ramirezworks": named as the writer's account.
      if (
        text.slice(Math.max(0, s - 3), s) === 'my ' ||
        /^ (?:tag|handle|account)\b/.test(text.slice(s + 4, s + 12))
      ) {
        out.push({ concept: 'RAIL', s, e: s + 4 });
        return;
      }
    }
    if (sigil === '@' && CODE_AT.has(name)) return;
    const handle = name.replace(/[.-]+$/, '');
    // Telegram's bots all end in "bot" ("@WebpageBot"): a service, not a person to reach.
    if (sigil === '@' && /bot$/.test(handle)) return;
    out.push({ concept: 'HANDLE', s, e: s + 1 + handle.length });
  });
}
