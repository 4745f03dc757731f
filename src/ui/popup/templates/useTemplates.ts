import { useEffect, useState } from 'react';
import { readTemplates, watchTemplates, type Template } from '@/src/store/templates';

// Built-in templates in the popup's language, with the user's edits and own templates.
export function useTemplates(locale: string): Template[] | null {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void readTemplates(locale).then((read) => {
      if (!controller.signal.aborted) setTemplates(read);
    });
    watchTemplates(setTemplates, controller.signal, locale);
    return () => controller.abort();
  }, [locale]);
  return templates;
}
