import type { Tokens } from '../tokens';

// Digit runs that are not phone numbers: ids, prices, versions, coordinates, dates and
// time ranges like "0900 - 1200" (which a context-blind filter famously blocked).
export interface DigitRun {
  t0: number;
  t1: number;
  digits: string;
  groups: string[];
  gaps: string[];
  plus: boolean;
}

const ID_WORDS = new Set([
  'order',
  'lot', // a batch's number: "l'export du lot 2023 0419 7781"
  'ordine',
  'dordine',
  'pedido',
  'ordem',
  'commande',
  'bestellung',
  'bestellnummer',
  'заказ',
  'заказа',
  'pesanan',
  'fattura',
  'factura',
  'fatura',
  'facture',
  'factuur',
  'faktura',
  'счет',
  'rechnung',
  'resi',
  'resinya',
  'protocolo',
  'chamado',
  'ticketnummer',
  'артикул',
  'id',
  'ids',
  'sku',
  'inv',
  'invoice',
  'ref',
  'reference',
  'tracking',
  'barcode',
  'ean',
  'upc',
  'isbn',
  'build',
  'version',
  'commit',
  'ticket',
  'pr',
  'po',
  'case',
  'zip',
  'postcode',
  'serial',
  'application', // "Application no. 17/555,014": a patent filing
  'patent',
  'docket',
  'dossier',
  'part',
  'model',
  'transaction',
  'txn',
  'receipt',
  'code',
  'coordinates',
  'lat',
  'lng',
  'node',
  'npm',
  'apk',
  'vat',
  'ein',
  'ssn',
  'account',
  'ending',
  'iban',
  'sort',
  'routing',
  'pin',
  'otp',
  'issue',
  // "my ACE certification number is 4471-2290-18": credentials and memberships.
  'certification',
  'certificate',
  'cert',
  'license',
  'licence',
  'membership',
  'registration',
  'permit',
  'policy',
  'claim',
  'booking',
  'confirmation',
  'reservation',
  'passport',
  // a court or office file's number: "numero di ruolo", "Aktenzeichen", "expediente"
  'ruolo',
  'protocollo',
  'fascicolo',
  'pratica',
  'aktenzeichen',
  'expediente',
  'processo',
  'verwendungszweck', // a German transfer's reference
]);
// Whole words: "555 0163 msg me" is a number and a word, not 5550163 milliseconds.
const UNIT_AFTER =
  /^\s?(?:%|(?:px|ms|kb|mb|gb|usd|eur|gbp|inr|rs|k|x|words|hours|h|min|mins|minutes|sec|secs|seconds|rows|items|pages|users|packages)\b)/;
const CURRENCY_BEFORE = /[$€£₹¥]\s?$/;
const YEAR = /^(19|20)\d\d$/;

function hhmm(g: string): boolean {
  return g.length === 4 && Number(g.slice(0, 2)) <= 24 && Number(g.slice(2)) <= 59;
}

function isDate(groups: string[]): boolean {
  const [a, b, c] = groups;
  if (groups.length !== 3 || !a || !b || !c) return false;
  return (
    (a.length === 4 && YEAR.test(a) && b.length <= 2 && c.length <= 2) ||
    (c.length === 4 && YEAR.test(c) && a.length <= 2 && b.length <= 2)
  );
}

/** "07/14", "14.07": a day and a month, either way round. */
function dayMonth(a: string, b: string, gap: string): boolean {
  return (
    (gap === '/' || gap === '.') &&
    a.length <= 2 &&
    b.length <= 2 &&
    Number(a) >= 1 &&
    Number(b) >= 1 &&
    Math.min(Number(a), Number(b)) <= 12 &&
    Math.max(Number(a), Number(b)) <= 31
  );
}

// Between two dates of a range: a dash with a space on at least one side ("07/14 - 07/21").
const RANGE_GAP = /^\s*[-–—]\s*$/;

/** A date or a range of them: "07/14 - 07/21", "12.08.2026 – 19.08.2026". */
function isDateRange(run: DigitRun): boolean {
  let groups: string[] = [];
  let gaps: string[] = [];
  const dates = [{ groups, gaps }];
  run.groups.forEach((g, k) => {
    const gap = run.gaps[k - 1] ?? '';
    if (k > 0 && RANGE_GAP.test(gap) && /\s/.test(gap)) {
      groups = [];
      gaps = [];
      dates.push({ groups, gaps });
    } else if (k > 0) gaps.push(gap);
    groups.push(g);
  });
  return dates.every(({ groups, gaps }) => {
    const [a, b] = groups;
    if (groups.length === 2 && a && b) return dayMonth(a, b, gaps[0] ?? '');
    return isDate(groups) && gaps.every((g) => g === '/' || g === '.' || g === '-');
  });
}

const DIGITS_ONLY = /^[0-9]+$/;
const AS_OR_IS = new Set(['as', 'is']);
const ARTICLES = new Set(['the', 'a', 'an', 'our', 'your', 'its', 'their']);

function idWordBefore(tokens: Tokens, t0: number): boolean {
  const key = tokens.keys[t0 - 1] ?? '';
  const prev = tokens.keys[t0 - 2] ?? '';
  // "number" only names an id after an id word: "order number", "tracking number"
  if (key === 'number' || key === 'no' || key === 'nr')
    return ID_WORDS.has(prev) && prev !== 'number';
  if (key === 'code' && prev === 'area') return false; // "area code two one two, ..."
  if (ID_WORDS.has(key) || ID_WORDS.has(prev) || ID_WORDS.has(tokens.keys[t0 - 3] ?? ''))
    return true;
  // "the order number in your screenshot is 5550-1923-4478", "part numbers in the cut list run
  // from 555-0101 to 555-0124"): an id named a few words before (the digits of a range's
  // first number are not counted as words).
  for (let t = t0 - 2, words = 0; t >= 1 && words < 8 && t0 - t <= 16; t--) {
    const word = tokens.keys[t] ?? '';
    if ((word === 'number' || word === 'numbers') && ID_WORDS.has(tokens.keys[t - 1] ?? ''))
      return true;
    if (!DIGITS_ONLY.test(word)) words++;
  }
  return false;
}

/** The digits stand in a web address's path: a "/" earlier in the same run of non-spaces. */
function insideLink(text: string, s: number): boolean {
  for (let k = s - 1; k >= 0 && s - k <= 200; k--) {
    const c = text.charCodeAt(k);
    if (c <= 32) return false;
    if (c === 47) return true;
  }
  return false;
}

export function looksLikeNonPhone(text: string, tokens: Tokens, run: DigitRun): boolean {
  const s = tokens.start[run.t0] ?? 0;
  const e = tokens.end[run.t1 - 1] ?? 0;
  const charBefore = text.charCodeAt(s - 1);
  if ((charBefore >= 97 && charBefore <= 122) || charBefore === 35) return true; // "inv-2024", "#212"
  if (/[-/]/.test(text.charAt(s - 1)) && /[a-z0-9]/.test(text.charAt(s - 2))) return true; // INV-2024-0031
  if (insideLink(text, s)) return true; // "doi.example/10.5555/jle.2021.0433"
  if (/[-/]/.test(text.charAt(e)) && /[a-z0-9]/.test(text.charAt(e + 1))) return true;
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, s - 2), s))) return true;
  if (UNIT_AFTER.test(text.slice(e, e + 10))) return true;
  if (idWordBefore(tokens, run.t0)) return true;
  // "Logs show 5550142 as the order id": an id named right after the digits.
  if (
    AS_OR_IS.has(tokens.keys[run.t1] ?? '') &&
    ARTICLES.has(tokens.keys[run.t1 + 1] ?? '') &&
    ID_WORDS.has(tokens.keys[run.t1 + 2] ?? '')
  )
    return true;
  const prevKey = tokens.keys[run.t0 - 1] ?? '';
  const prevGap = text.slice(tokens.end[run.t0 - 1] ?? 0, s);
  if (/\d/.test(prevKey) && /[a-z]/.test(prevKey) && /^ ?$/.test(prevGap)) return true; // 1Z 999 AA1 01 2345
  if (run.gaps.some((g) => g.includes('.')) && run.groups.some((g) => g.length < 3)) return true;
  if (
    run.gaps.some((g) => g.includes(',')) &&
    run.groups.every((g) => g.length === 3 || g === run.groups[0])
  ) {
    if (DIGITS_ONLY.test(tokens.keys[run.t0] ?? '') && run.gaps.every((g) => g === ','))
      return true; // 1,250,000
  }
  // "17/555,014": a bare comma before three digits separates thousands; no phone is so written.
  if (run.gaps.some((g, k) => g === ',' && run.groups[k + 1]?.length === 3)) return true;
  const [a, b] = run.groups;
  if (run.groups.length === 2 && a && b && hhmm(a) && hhmm(b) && run.gaps[0]?.includes('-'))
    return true;
  if (run.groups.every((g) => g.length === 4 && YEAR.test(g))) return true;
  // A number and a year either side of a slash: "ruolo 555/2024", "Az. 12/2023" (a file's
  // number in its year; an area code starts with 0) and "Outlook 2016/365" (a version after it).
  if (
    run.groups.length === 2 &&
    a &&
    b &&
    run.gaps[0] === '/' &&
    ((YEAR.test(b) && a.length <= 5 && !a.startsWith('0')) || (YEAR.test(a) && b.length <= 3))
  )
    return true;
  if (isDate(run.groups)) return true;
  if (!run.plus && isDateRange(run)) return true;
  // "(800 / 900 / 750)", "800 / 800 / eight fifty": amounts listed with spaced slashes, never
  // how a number is written.
  if (run.gaps.filter((g) => /^\s+\/\s+$/.test(g)).length >= 2) return true;
  // "1000 / 1000": round amounts side by side (a German "0761 / 555012" starts with its 0).
  if (
    run.gaps.some((g) => g.includes('/')) &&
    run.groups.every((g) => g.endsWith('00') && !g.startsWith('0'))
  )
    return true;
  if (!run.plus && run.groups.length === 1 && run.digits.length > 12) return true;
  if (/^(\d)\1+$/.test(run.digits)) return true; // "0000000 as the phone": a filler, not a number
  // "978-0-306-40615-7": a book number (ISBN-13), hyphenated in four or five groups.
  if (!run.plus && /^97[89]\d{10}$/.test(run.digits) && run.groups.length >= 4) return true;
  return false;
}
