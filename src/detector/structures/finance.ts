import type { Hit } from './types';

// IBANs (checked with mod-97), crypto wallet shapes, $cashtags and @handles.
const IBAN = /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b/g;
const WALLETS: readonly RegExp[] = [
  /\b0x[0-9a-f]{40}\b/g,
  /\bt[1-9a-z]{33}\b/g,
  /\bbc1[02-9ac-hj-np-z]{11,71}\b/g,
];
const HANDLE = /(?:^|[\s(:,])([@$])([a-z0-9_][a-z0-9_.-]{1,30})/g;

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

export function findFinance(text: string, out: Hit[]): void {
  each(IBAN, text, (m) => {
    if (ibanValid(m[0])) out.push({ concept: 'BANKDATA', s: m.index, e: m.index + m[0].length });
  });
  for (const re of WALLETS) {
    each(re, text, (m) => {
      if (/\d/.test(m[0]) && /[a-z]/.test(m[0].slice(2)))
        out.push({ concept: 'BANKDATA', s: m.index, e: m.index + m[0].length });
    });
  }
  each(HANDLE, text, (m) => {
    const sigil = m[1] ?? '@';
    const name = m[2] ?? '';
    const s = m.index + m[0].length - name.length - 1;
    if (sigil === '$' && /^\d/.test(name)) return; // a price, not a cashtag
    out.push({ concept: 'HANDLE', s, e: s + 1 + name.replace(/[.-]+$/, '').length });
  });
}
