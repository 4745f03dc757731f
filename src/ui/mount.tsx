import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLanguage } from '@/src/i18n/t';
import { configureZod } from '@/src/shared/zodConfig';

export function mountApp(app: ReactNode, root = document.getElementById('root')) {
  if (!root) throw new Error('Onside: the page has no #root element');
  configureZod();
  document.documentElement.lang = uiLanguage();
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
