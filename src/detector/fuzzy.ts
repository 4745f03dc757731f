// Typo-tolerant look-up for the few words people misspell on purpose or in a hurry
// ("whatsap", "upwrok", "paymnet"): at most one edit, same first letter, no allocation.
const WORDS = [
  'whatsapp',
  'telegram',
  'paypal',
  'payoneer',
  'revolut',
  'upwork',
  'payment',
  'instead',
  'number',
  'contract',
  'discord',
  'instagram',
  'outside',
  'directly',
  'transfer',
  'platform',
  'privately',
  'commission',
  'milestone',
  'western',
  'skrill',
  'signal',
  'telephone',
  'offer',
  'email',
  'gmail',
  'venmo',
  'zelle',
  'interview',
  'skype',
  'wechat',
  'working',
  'cashapp',
];
const BY_FIRST = new Map<number, string[]>();
for (const w of WORDS) {
  const list = BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  BY_FIRST.set(w.charCodeAt(0), list);
}

function sameFrom(x: string, xi: number, y: string, yi: number): boolean {
  if (x.length - xi !== y.length - yi) return false;
  for (let k = 0; xi + k < x.length; k++)
    if (x.charCodeAt(xi + k) !== y.charCodeAt(yi + k)) return false;
  return true;
}

/** True when a and b differ by one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return (
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameFrom(a, i + 2, b, i + 2)
    );
  }
  return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

const KNOWN = new Set(WORDS);
/**
 * "a Z e l l e request" collapses to "azelle": the article "a" (or "I") typed before a spaced
 * brand is swallowed with it. The brand is read when the rest is one of the words above.
 */
export function afterArticle(key: string): string | undefined {
  const c = key.charCodeAt(0);
  if (key.length < 6) return undefined;
  const rest = key.slice(1);
  if (c === 97 || c === 105) return KNOWN.has(rest) ? rest : undefined;
  // The same with a one-letter Russian preposition: "в Т е л е г р а м е" -> "втелеграме".
  if (CYRILLIC_PREPOSITIONS.has(c))
    return CYRILLIC_BRANDS.some((b) => rest.startsWith(b)) ? rest : undefined;
  return undefined;
}
/** в, к, с, у, о: one-letter prepositions. */
const CYRILLIC_PREPOSITIONS = new Set([0x432, 0x43a, 0x441, 0x443, 0x43e]);
const CYRILLIC_BRANDS = ['телег', 'ватсап', 'вотсап', 'вайбер', 'скайп', 'дискорд'];

/** Real words one edit from a listed one: "the contact form" is no misspelt contract. */
const REAL = new Set(['contact']);

export function fuzzyWord(key: string): string | undefined {
  if (key.length < 5 || key.length > 12 || REAL.has(key)) return undefined;
  const list = BY_FIRST.get(key.charCodeAt(0));
  if (!list) return undefined;
  for (const w of list) if (w !== key && withinOneEdit(key, w)) return w;
  return undefined;
}
