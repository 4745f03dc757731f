import { compileUserPatterns, RULE_PACK } from '@/src/detector';
import type { EffectiveConfig } from '@/src/store/effective';
import type { Policy } from '@/src/store/policy';
import type { CustomPattern, CustomPhrase, IgnoredFinding, Sensitivity } from '@/src/store/schemas';
import { userSpecs, WARN_SEVERITIES } from '@/src/store/specs';
import type { SiteId } from '@/src/shared/sites';

// Pure: settings + team policy in, the effective pack and its diagnostics out.
// Compiling here (once, in the background) is what keeps a bad pattern a
// diagnostic instead of an exception in a content script.
export interface SettingsSnapshot {
  enabledSites: SiteId[];
  sensitivity: Sensitivity;
  sendGuard: boolean;
  contractActiveRooms: string[];
  ignored: IgnoredFinding[];
  customPhrases: CustomPhrase[];
  customPatterns: CustomPattern[];
  allowList: string[];
}

export interface Diagnostic {
  id: string;
  message: string;
}

const unique = (items: string[]) => [...new Set(items)];

export function computeEffective(
  settings: SettingsSnapshot,
  policy: Policy,
  compile = compileUserPatterns,
  packVersion = RULE_PACK.version,
): { config: EffectiveConfig; diagnostics: Diagnostic[] } {
  const { locked } = policy;
  const own = locked.customPatterns
    ? []
    : userSpecs(settings.customPhrases, settings.customPatterns);
  const specs = [...policy.patterns, ...own];
  const compiled = compile(specs);
  const invalid = new Set(compiled.diagnostics.map((d) => d.id));
  const config: EffectiveConfig = {
    packVersion,
    enabledSites: locked.enabledSites ?? settings.enabledSites,
    warnSeverities: WARN_SEVERITIES[locked.sensitivity ?? settings.sensitivity],
    sendGuard: locked.sendGuard ?? settings.sendGuard,
    allowList: unique([...(locked.allowList ? [] : settings.allowList), ...policy.allowList]),
    userPatterns: specs.filter((spec) => !invalid.has(spec.id)),
    contractActiveRooms: settings.contractActiveRooms,
    ignored: settings.ignored,
  };
  return { config, diagnostics: [...compiled.diagnostics, ...policy.problems] };
}
