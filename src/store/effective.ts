import * as z from 'zod/mini';
import { RULE_PACK } from '@/src/detector/rules/pack';
import type { Severity, UserPatternSpec } from '@/src/detector/types';
import type { SiteId } from '@/src/shared/sites';
import { defineStoredItem } from './stored';
import { severitySchema, siteIdSchema, userPatternSpecSchema, ignoredSchema } from './schemas';
import { contractRoomsItem, DEFAULT_SITES, ignoredItem } from './settings';

// The effective pattern pack: what content scripts actually apply. Only the
// background writes it (src/background/publish.ts); everyone else reads or watches.
export interface EffectiveConfig {
  packVersion: string;
  enabledSites: SiteId[];
  warnSeverities: Severity[];
  sendGuard: boolean;
  allowList: string[];
  userPatterns: UserPatternSpec[];
  contractActiveRooms: string[];
  ignored: { ruleId: string; text: string }[];
}

export const DEFAULT_EFFECTIVE: EffectiveConfig = {
  packVersion: RULE_PACK.version,
  enabledSites: DEFAULT_SITES,
  warnSeverities: ['high', 'medium', 'low'],
  sendGuard: true,
  allowList: [],
  userPatterns: [],
  contractActiveRooms: [],
  ignored: [],
};

const effectiveSchema = z.object({
  packVersion: z.string(),
  enabledSites: z.array(siteIdSchema),
  warnSeverities: z.array(severitySchema),
  sendGuard: z.boolean(),
  allowList: z.array(z.string()),
  userPatterns: z.array(userPatternSpecSchema),
  contractActiveRooms: z.array(z.string()),
  ignored: z.array(ignoredSchema),
}) satisfies z.ZodMiniType<EffectiveConfig>;

export const effectiveItem = defineStoredItem<EffectiveConfig>({
  key: 'local:onside.effective',
  version: 1,
  schema: effectiveSchema as z.ZodMiniType<EffectiveConfig>,
  fallback: DEFAULT_EFFECTIVE,
  derived: true,
});

/** Never throws: defaults when the pack is missing or unreadable. */
export async function readEffectiveConfig(): Promise<EffectiveConfig> {
  return effectiveItem.getValue();
}

export function watchEffectiveConfig(onChange: (c: EffectiveConfig) => void, signal: AbortSignal) {
  effectiveItem.watch(onChange, signal);
}

/** roomKey = origin + pathname of the conversation. */
export async function setContractActive(roomKey: string, active: boolean): Promise<void> {
  const rooms = await contractRoomsItem.getValue();
  const others = rooms.filter((room) => room !== roomKey);
  await contractRoomsItem.setValue(active ? [...others, roomKey] : others);
}

export async function addIgnored(entry: { ruleId: string; text: string }): Promise<void> {
  const ignored = await ignoredItem.getValue();
  if (ignored.some((e) => e.ruleId === entry.ruleId && e.text === entry.text)) return;
  await ignoredItem.setValue([...ignored, entry]);
}

/** Problems found while building the pack (invalid or unsafe patterns, bad policy entries). */
export const diagnosticsItem = defineStoredItem({
  key: 'local:onside.diagnostics',
  version: 1,
  schema: z.array(z.object({ id: z.string(), message: z.string() })),
  fallback: [],
  derived: true,
});
