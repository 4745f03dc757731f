import { browser } from 'wxt/browser';
import { SITES, type SiteId } from '@/src/shared/sites';

// Optional marketplaces: their content script is registered at run time, only
// for sites the user switched on AND whose host permission was granted.
// Idempotent: it compares with what is registered, so it can run on every change.
export interface SiteScriptsEnv {
  hasOrigins(origins: string[]): Promise<boolean>;
  registered(): Promise<string[]>;
  register(
    scripts: {
      id: string;
      matches: string[];
      js: string[];
      allFrames: boolean;
      runAt: 'document_idle';
    }[],
  ): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** Host permissions granted or removed (options page, or the browser's own UI). */
  onPermissionsChanged(listener: () => void, signal: AbortSignal): void;
}

export const OPTIONAL_SITES = (Object.keys(SITES) as SiteId[]).filter(
  (site) => !SITES[site].defaultOn,
);
export const scriptId = (site: SiteId) => `onside-${site}`;
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export async function grantedSites(sites: SiteId[], env: Pick<SiteScriptsEnv, 'hasOrigins'>) {
  const granted = await Promise.all(
    sites.map(
      async (site) =>
        !OPTIONAL_SITES.includes(site) || (await env.hasOrigins([...SITES[site].matches])),
    ),
  );
  return sites.filter((_, index) => granted[index]);
}

export async function syncSiteScripts(enabled: SiteId[], env: SiteScriptsEnv): Promise<void> {
  const wanted = (await grantedSites(enabled, env)).filter((site) => OPTIONAL_SITES.includes(site));
  const ours = new Set(OPTIONAL_SITES.map(scriptId));
  const current = (await env.registered()).filter((id) => ours.has(id));
  const extra = current.filter((id) => !wanted.some((site) => scriptId(site) === id));
  const missing = wanted.filter((site) => !current.includes(scriptId(site)));
  if (extra.length) await env.unregister(extra);
  if (missing.length)
    await env.register(
      missing.map((site) => ({
        id: scriptId(site),
        matches: [...SITES[site].matches],
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        runAt: 'document_idle' as const,
      })),
    );
}

export function browserSiteScriptsEnv(): SiteScriptsEnv {
  return {
    hasOrigins: async (origins) => (await browser.permissions?.contains({ origins })) ?? false,
    registered: async () =>
      browser.scripting
        ? (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id)
        : [],
    register: async (scripts) => {
      await browser.scripting?.registerContentScripts(scripts);
    },
    unregister: async (ids) => {
      await browser.scripting?.unregisterContentScripts({ ids });
    },
    onPermissionsChanged(listener, signal) {
      const { permissions } = browser;
      if (!permissions?.onAdded) return;
      permissions.onAdded.addListener(listener);
      permissions.onRemoved.addListener(listener);
      signal.addEventListener(
        'abort',
        () => {
          permissions.onAdded.removeListener(listener);
          permissions.onRemoved.removeListener(listener);
        },
        { once: true },
      );
    },
  };
}
