import { browser } from 'wxt/browser';

// All user-facing strings go through the extension's i18n messages
// (src/locales/<area>/<lang>.json, merged into _locales at build time).
export type Lookup = (key: string, substitutions?: string[]) => string;

// WXT types getMessage with the keys it saw in public/_locales; ours are merged
// from src/locales at build time, so the key is a plain string here.
const browserLookup: Lookup = (key, substitutions) =>
  (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(
    key,
    substitutions,
  );

let lookup: Lookup = browserLookup;

/** Tests swap the lookup for one backed by the source JSON files. */
export function setLookup(next: Lookup | null) {
  lookup = next ?? browserLookup;
}

export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = lookup(key, substitutions.map(String));
  return text || key;
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
