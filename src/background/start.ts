import { browser } from 'wxt/browser';
import { compileUserPatterns, compileUserRegexes } from '@/src/detector';
import { createAnalyzer } from '@/src/shared/analyze';
import { onMessages } from '@/src/shared/protocol';
import { readEffectiveConfig } from '@/src/store/effective';
import { configureZod } from '@/src/shared/zodConfig';
import { watchPolicy } from '@/src/store/policy';
import { SETTINGS } from '@/src/store/settings';
import { defaultPublishEnv, publishEffective, type PublishEnv } from './publish';
import { browserSiteScriptsEnv, syncSiteScripts, type SiteScriptsEnv } from './site-scripts';
import { serial } from './serial';

// Recomputes the effective pack at startup and on every settings, policy or
// permission change. All listeners are registered synchronously so an event
// that wakes the service worker finds them.
export function startBackground(
  signal = new AbortController().signal,
  sites: SiteScriptsEnv = browserSiteScriptsEnv(),
  env: PublishEnv = defaultPublishEnv(sites),
) {
  configureZod();
  onMessages(
    {
      ping: () => ({ version: browser.runtime.getManifest().version }),
      scanLarge: async ({ text, room }) =>
        createAnalyzer(await readEffectiveConfig(), room, { compile: compileUserPatterns })(text),
      scanPatterns: async ({ text, room }) =>
        createAnalyzer(await readEffectiveConfig(), room, {
          compile: compileUserRegexes,
          builtIn: false,
        })(text),
    },
    signal,
  );

  const refresh = serial(async () => {
    const config = await publishEffective(env);
    await syncSiteScripts(config.enabledSites, sites);
  });
  for (const item of Object.values(SETTINGS)) item.watch(() => void refresh(), signal);
  watchPolicy(() => void refresh(), signal);
  sites.onPermissionsChanged(() => void refresh(), signal);
  return refresh();
}
