import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Each area of the extension keeps its own strings in src/locales/<area>/<lang>.json;
// the browser wants one _locales/<lang>/messages.json, so the build merges them.
const ROOT = join(import.meta.dirname, '..', 'src', 'locales');

export type MessageFile = Record<string, { message: string; description?: string }>;

export function mergedLocales(root = ROOT): Map<string, MessageFile> {
  const byLang = new Map<string, MessageFile>();
  for (const area of readdirSync(root, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const file of readdirSync(join(root, area.name))) {
      if (!file.endsWith('.json')) continue;
      const lang = file.slice(0, -'.json'.length);
      const messages = JSON.parse(readFileSync(join(root, area.name, file), 'utf8')) as MessageFile;
      const merged = byLang.get(lang) ?? {};
      for (const [key, value] of Object.entries(messages)) {
        if (key in merged) throw new Error(`Duplicate i18n key "${key}" in ${area.name}/${file}`);
        merged[key] = value;
      }
      byLang.set(lang, merged);
    }
  }
  return byLang;
}

export function localeAssets(root = ROOT) {
  return [...mergedLocales(root)].map(([lang, messages]) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: JSON.stringify(messages, null, 2),
  }));
}
