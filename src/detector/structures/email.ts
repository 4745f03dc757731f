import type { Tokens } from '../tokens';
import type { Hit } from './types';

// Email addresses, literal ("a@b.com") or spelled ("name at gmail dot com", "arroba",
// "[at]" already folded to "@" by the normaliser). Token based, so it stays linear.
export const AT_WORDS = new Set([
  'at',
  'arroba',
  'arobase',
  'arobas', // as often typed in Quebec
  'chez',
  'bei',
  'klammeraffe',
  'sobaka',
  'chiocciola',
  'et', // Indonesian chat, spelled addresses: "nama et gmail titik com"
  'собака',
]);
const DOT_WORDS = new Set([
  'dot',
  'd0t',
  'punto',
  'ponto',
  'point',
  'punkt',
  'titik',
  'точка',
  'dott',
]);
const JOIN_WORDS = new Set(['underscore', 'dash', 'hyphen', 'guion', 'tiret', 'unterstrich']);
const PROVIDERS = new Set([
  'orange',
  'laposte',
  'sfr',
  'wanadoo',
  'tonline',
  'gmail',
  'googlemail',
  'yahoo',
  'outlook',
  'hotmail',
  'live',
  'msn',
  'protonmail',
  'proton',
  'pm',
  'icloud',
  'me',
  'yandex',
  'mail',
  'gmx',
  'web',
  'aol',
  'zoho',
  'tutanota',
  'rediffmail',
  'qq',
  'ymail',
]);
const TLDS = new Set([
  'com',
  'net',
  'org',
  'io',
  'co',
  'de',
  'fr',
  'es',
  'br',
  'in',
  'pk',
  'id',
  'ru',
  'uk',
  'us',
  'dev',
  'me',
  'app',
  'info',
  'biz',
  'ai',
  'xyz',
  'eu',
  'it',
  'nl',
  'pl',
  'ca',
  'au',
  'mx',
  'ar',
  'cl',
  'pt',
  'ch',
  'be',
  'se',
  'no',
  'dk',
  'fi',
  'tr',
  'ua',
  'ng',
  'ke',
  'za',
  'ph',
  'vn',
  'my',
  'sg',
  'jp',
  'cn',
  'edu',
  'gov',
  'studio',
  'design',
  'agency',
  'pro',
  'online',
  'site',
  'tech',
  'email',
  'example',
  'test',
]);

function gap(text: string, tokens: Tokens, i: number): string {
  return text.slice(tokens.end[i - 1] ?? 0, tokens.start[i] ?? 0);
}

const isJoinGap = (g: string): boolean => /^ ?[._-] ?$/.test(g);
const isDotGap = (g: string): boolean => /^ ?\. ?$/.test(g);

/** Index of the first token of the local part ending at token `last`. */
function localStart(
  text: string,
  tokens: Tokens,
  last: number,
  marks: { spelled: boolean },
): number {
  let first = last;
  for (let n = 0; n < 6 && first > 0; n++) {
    const prev = tokens.keys[first - 1] ?? '';
    if (isJoinGap(gap(text, tokens, first)) && !AT_WORDS.has(prev)) first--;
    else if (
      (DOT_WORDS.has(prev) || JOIN_WORDS.has(prev)) &&
      first >= 2 &&
      gap(text, tokens, first) === ' '
    ) {
      marks.spelled = true;
      first -= 2;
    } else break;
  }
  return first;
}

/**
 * The last token of an ending typed letter by letter ("example . c o m"), when the label at
 * `at` starts one; else -1. The spaced-letter pass joins runs of four letters and more only.
 */
function spacedEnding(text: string, tokens: Tokens, at: number): number {
  let joined = '';
  let k = at;
  while (k < tokens.count && joined.length < 4 && (tokens.keys[k] ?? '').length === 1) {
    joined += tokens.keys[k];
    if (TLDS.has(joined) && joined.length > 1) return k;
    if (gap(text, tokens, k + 1) !== ' ') break;
    k++;
  }
  return -1;
}

/** Token index of the last domain token after `first`, or -1. */
function domainEnd(
  text: string,
  tokens: Tokens,
  first: number,
  marks: { spelled: boolean; dots: number },
): number {
  let last = first;
  let dots = 0;
  // The domain ends at the last label that is a known ending: the dot that ends a sentence
  // ("jane@site.com. Thanks") looks like one more label, which is not.
  let ending = -1;
  let spelledAt = -1;
  let endingDots = 0;
  let spacedDots = false;
  for (let n = 0; n < 5 && last + 1 < tokens.count; n++) {
    // A hyphen inside a label ("tradewind-freight") joins, and is no dot.
    while (gap(text, tokens, last + 1) === '-' && last + 2 < tokens.count) last += 1;
    const next = tokens.keys[last + 1] ?? '';
    const g = gap(text, tokens, last + 1);
    // A complete address typed without spaces ends at ". ": "jane@site.example. No need" (the
    // "no" is a country ending too). Only an address spaced out ("site . com") goes on so.
    if (ending >= 0 && !spacedDots && g.length > 1) break;
    if (g.length > 1) spacedDots = true;
    if (isDotGap(g)) last += 1;
    else if (DOT_WORDS.has(next) && last + 2 < tokens.count) {
      if (spelledAt < 0) spelledAt = last + 2;
      last += 2;
    } else break;
    dots++;
    if (TLDS.has(tokens.keys[last] ?? '')) ending = last;
    else {
      const spaced = spacedEnding(text, tokens, last);
      if (spaced > last) ending = last = spaced;
    }
    if (ending === last) endingDots = dots;
  }
  if (ending < 0 && !(dots > 0 && PROVIDERS.has(tokens.keys[first] ?? ''))) return -1;
  const end = ending >= 0 ? ending : last;
  marks.dots = ending >= 0 ? endingDots : dots;
  if (spelledAt >= 0 && spelledAt <= end) marks.spelled = true;
  return end;
}

// Addresses no person reads: a store's or a service's senders ("noreply@shop.example").
const SYSTEM_SENDERS = new Set([
  'noreply',
  'donotreply',
  'mailerdaemon',
  'postmaster',
  'bounce',
  'bounces',
  'notifications',
  'notification',
  'alerts',
  'dmarcreports',
]);
/** The local part of a token holding the whole "local@domain" (hyphens already dropped). */
const localOf = (key: string): string => {
  const at = key.indexOf('@');
  return at > 0 ? key.slice(0, at) : key;
};

// "use @example.com addresses only": a domain named after a word, with a space before the "@"
// and none after, is a domain talked about; the word is no local part.
const NOT_LOCAL = new Set([
  'and',
  'or',
  'any',
  'all',
  'an',
  'the',
  'use',
  'uses',
  'using',
  'with',
  'only',
  'from',
  'to',
  'via',
  'like',
  'no',
  'our',
  'your',
  'their',
  'of',
  'for',
  'on',
  'in',
  'y',
  'e',
  'et',
  'und',
  'con',
  'com',
]);
const domainTalk = (text: string, tokens: Tokens, local: number, domain: number): boolean =>
  NOT_LOCAL.has(tokens.keys[local] ?? '') && gap(text, tokens, domain) === ' @';

const atTheRate = (tokens: Tokens, i: number): boolean =>
  tokens.keys[i + 1] === 'the' && tokens.keys[i + 2] === 'rate';

export function findEmails(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  out: Hit[],
): void {
  for (let i = from; i < to; i++) {
    const key = tokens.keys[i] ?? '';
    const inner = key.indexOf('@');
    const ts = tokens.start[i] ?? 0;
    const atBefore = text.charCodeAt(ts - 1) === 64 || text.charCodeAt(ts - 2) === 64;
    if (inner <= 0 && !atBefore && !AT_WORDS.has(key)) continue;
    const literalGap = i > from && atBefore && /^ ?@ ?$/.test(gap(text, tokens, i));
    const marks = { spelled: false, dots: 0 };
    let localLast: number;
    let domainFirst: number;
    if (inner > 0) [localLast, domainFirst] = [i, i];
    else if (literalGap && !domainTalk(text, tokens, i - 1, i))
      [localLast, domainFirst] = [i - 1, i];
    else if (key === 'at' && atTheRate(tokens, i) && i > from && i + 3 < to)
      [localLast, domainFirst] = [i - 1, i + 3]; // Indian English: "rahul at the rate inbox dot com"
    else if (AT_WORDS.has(key) && i > from && i + 1 < to) [localLast, domainFirst] = [i - 1, i + 1];
    else continue;
    const first = localStart(text, tokens, localLast, marks);
    const last = domainEnd(text, tokens, domainFirst, marks);
    if (last < 0) continue;
    // "me at carlos dot m dot dev" is not an address; "tom at studio dot net" is.
    const provider = PROVIDERS.has(tokens.keys[domainFirst] ?? '');
    const oneDot = marks.dots <= 1; // "studio dot net", "scribe-desk dot example"
    const spelledOk =
      inner > 0 || literalGap || provider || first < localLast || (marks.spelled && oneDot);
    if (!spelledOk) continue;
    if (first === localLast && SYSTEM_SENDERS.has(localOf(tokens.keys[first] ?? ''))) continue;
    // A value in a log line or a config ("recipient=j.doe@corp.example"): data, not an address
    // handed over.
    if (text.charCodeAt((tokens.start[first] ?? 0) - 1) === 61) {
      i = last;
      continue;
    }
    out.push({ concept: 'EMAIL', s: tokens.start[first] ?? 0, e: tokens.end[last] ?? 0 });
    i = last;
  }
}
