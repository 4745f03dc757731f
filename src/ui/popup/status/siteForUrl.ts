import { SITE_IDS, SITES, type SiteId } from '@/src/shared/sites';

// Which marketplace a tab's URL belongs to, from the match patterns in SITES.
function matchesPattern(url: URL, pattern: string): boolean {
  const parsed = /^(\*|https?):\/\/(\*\.)?([^/]+)\//.exec(pattern);
  if (!parsed) return false;
  const [, scheme, anySub, host = ''] = parsed;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  return anySub
    ? url.hostname === host || url.hostname.endsWith(`.${host}`)
    : url.hostname === host;
}

export function siteForUrl(url: string | undefined): SiteId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return SITE_IDS.find((id) => SITES[id].matches.some((p) => matchesPattern(parsed, p))) ?? null;
}
