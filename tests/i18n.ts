import { mergedLocales } from '@/scripts/locales';
import type { Lookup } from '@/src/i18n/t';

// The same merge the build does, so component tests read the real strings.
const locales = mergedLocales();

export function sourceLookup(lang: string): Lookup {
  const messages = locales.get(lang) ?? {};
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return '';
    return substitutions.reduce(
      (text, value, index) => text.replaceAll(`$${index + 1}`, value),
      entry.message,
    );
  };
}
