import { useEffect, useState } from 'react';
import type { TabStatus } from '@/src/shared/protocol';
import type { SiteId } from '@/src/shared/sites';
import type { PopupEnv } from '../popupEnv';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'elsewhere' }
  /** A marketplace tab whose content script did not answer (not injected, or reloaded). */
  | { kind: 'inactive'; tabId: number; site: SiteId }
  | { kind: 'active'; tabId: number; site: SiteId; status: TabStatus };

export async function readTabState(env: PopupEnv): Promise<TabState> {
  const tab = await env.activeTab().catch(() => null);
  if (!tab || !tab.site) return { kind: 'elsewhere' };
  try {
    const status = await env.tabStatus(tab.id);
    return { kind: 'active', tabId: tab.id, site: tab.site, status };
  } catch {
    return { kind: 'inactive', tabId: tab.id, site: tab.site };
  }
}

export function useTabState(env: PopupEnv): TabState {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void readTabState(env).then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [env]);
  return state;
}
