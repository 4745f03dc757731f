import { diagnosticsItem, effectiveItem, type EffectiveConfig } from '@/src/store/effective';
import { readPolicy, type Policy } from '@/src/store/policy';
import { SETTINGS } from '@/src/store/settings';
import { computeEffective, type SettingsSnapshot } from './compute';
import { grantedSites, type SiteScriptsEnv } from './site-scripts';

// Reads every setting and the team policy, and rewrites onside.effective.
// Nothing lives only in memory: a restarted service worker just runs this again.
export async function readSettings(): Promise<SettingsSnapshot> {
  const [
    enabledSites,
    sensitivity,
    sendGuard,
    contractActiveRooms,
    ignored,
    customPhrases,
    customPatterns,
    allowList,
  ] = await Promise.all([
    SETTINGS.enabledSites.getValue(),
    SETTINGS.sensitivity.getValue(),
    SETTINGS.sendGuard.getValue(),
    SETTINGS.contractActiveRooms.getValue(),
    SETTINGS.ignored.getValue(),
    SETTINGS.customPhrases.getValue(),
    SETTINGS.customPatterns.getValue(),
    SETTINGS.allowList.getValue(),
  ]);
  return {
    enabledSites,
    sensitivity,
    sendGuard,
    contractActiveRooms,
    ignored,
    customPhrases,
    customPatterns,
    allowList,
  };
}

export interface PublishEnv {
  readPolicy: () => Promise<Policy>;
  sites: Pick<SiteScriptsEnv, 'hasOrigins'>;
}

export async function publishEffective(env: PublishEnv): Promise<EffectiveConfig> {
  const [settings, policy] = await Promise.all([readSettings(), env.readPolicy()]);
  const { config, diagnostics } = computeEffective(settings, policy);
  config.enabledSites = await grantedSites(config.enabledSites, env.sites);
  const same = async <T>(item: { getValue(): Promise<T> }, next: T) =>
    JSON.stringify(await item.getValue()) === JSON.stringify(next);
  // Unchanged values are not rewritten: every write makes open pages rescan.
  if (!(await same(effectiveItem, config))) await effectiveItem.setValue(config);
  if (!(await same(diagnosticsItem, diagnostics))) await diagnosticsItem.setValue(diagnostics);
  return config;
}

export const defaultPublishEnv = (sites: SiteScriptsEnv): PublishEnv => ({
  readPolicy: () => readPolicy(),
  sites,
});
