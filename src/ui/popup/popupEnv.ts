import { createContext, useContext } from 'react';
import { browser } from 'wxt/browser';
import type { TabStatus } from '@/src/shared/protocol';
import { sendToTab } from '@/src/shared/protocol';
import { uiLanguage } from '@/src/i18n/t';
import { siteForUrl } from './status/siteForUrl';
import type { SiteId } from '@/src/shared/sites';

// Everything the popup needs from the outside world, passed in so tests swap it.
export interface ActiveTab {
  id: number;
  /** Null when the tab is not a covered marketplace (no host access means no url). */
  site: SiteId | null;
}

export interface PopupEnv {
  now: () => Date;
  locale: string;
  activeTab: () => Promise<ActiveTab | null>;
  tabStatus: (tabId: number) => Promise<TabStatus>;
  insertTemplate: (tabId: number, text: string) => Promise<{ inserted: boolean; copied: boolean }>;
  copyText: (text: string) => Promise<void>;
  openOptions: () => Promise<void>;
  newId: () => string;
}

export function browserEnv(): PopupEnv {
  return {
    now: () => new Date(),
    locale: uiLanguage(),
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, site: siteForUrl(tab.url) };
    },
    tabStatus: (tabId) => sendToTab(tabId, 'getTabStatus', null),
    insertTemplate: (tabId, text) => sendToTab(tabId, 'insertTemplate', { text }),
    copyText: (text) => navigator.clipboard.writeText(text),
    openOptions: () => browser.runtime.openOptionsPage(),
    newId: () => crypto.randomUUID(),
  };
}

export const PopupEnvContext = createContext<PopupEnv | null>(null);

export function usePopupEnv(): PopupEnv {
  const env = useContext(PopupEnvContext);
  if (!env) throw new Error('Onside: popup component rendered outside <Popup>');
  return env;
}
