import { TEMPLATES } from '@/src/detector/templates';
import { uiLanguage } from '@/src/i18n/t';
import { userTemplatesItem } from './settings';
import type { UserTemplate } from './schemas';

// Reply templates: the detector's built-in ones in the user's language, with the
// user's edits applied, followed by the user's own.
export interface Template {
  id: string;
  title: string;
  text: string;
  builtIn: boolean;
}

type Lang = 'en' | 'es';
const pickLang = (lang: string): Lang => (lang.toLowerCase().startsWith('es') ? 'es' : 'en');

export function mergeTemplates(user: UserTemplate[], lang: string): Template[] {
  const l = pickLang(lang);
  const edits = new Map(user.map((entry) => [entry.id, entry]));
  const builtIn = TEMPLATES.map((tpl) => {
    const edit = edits.get(tpl.id);
    return {
      id: tpl.id,
      title: edit?.title ?? tpl.title[l],
      text: edit?.text ?? tpl.text[l],
      builtIn: true,
    };
  });
  const builtInIds = new Set<string>(TEMPLATES.map((tpl) => tpl.id));
  const own = user
    .filter((entry) => !builtInIds.has(entry.id))
    .map((entry) => ({ ...entry, builtIn: false }));
  return [...builtIn, ...own];
}

export async function readTemplates(lang: string = uiLanguage()): Promise<Template[]> {
  return mergeTemplates(await userTemplatesItem.getValue(), lang);
}

export function watchTemplates(
  onChange: (templates: Template[]) => void,
  signal: AbortSignal,
  lang = uiLanguage(),
) {
  userTemplatesItem.watch((user) => onChange(mergeTemplates(user, lang)), signal);
}

export function isBuiltInTemplate(id: string): boolean {
  return TEMPLATES.some((tpl) => tpl.id === id);
}
