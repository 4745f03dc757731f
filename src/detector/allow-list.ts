import { normalize } from './normalize/normalize';

// A finding whose highlighted text equals an allowed term (compared normalised, so
// "PayPal", "paypal" and "ＰａｙＰａｌ" are one term) is dropped.
function fold(s: string): string {
  return normalize(s).text.replace(/\s+/g, ' ').trim();
}

export function allowListFilter(terms: readonly string[]): (matched: string) => boolean {
  const allowed = new Set(
    terms
      .filter((t) => typeof t === 'string')
      .map(fold)
      .filter((t) => t.length > 0),
  );
  if (allowed.size === 0) return () => true;
  return (matched) => !allowed.has(fold(matched));
}
