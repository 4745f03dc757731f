import { SITE_IDS, SITES, type SiteId } from '@/src/shared/sites';
import { defineStoredItem } from './stored';
import { salvageList } from './salvage';
import * as z from 'zod/mini';
import {
  allowTermSchema,
  customPatternSchema,
  customPhraseSchema,
  ignoredSchema,
  roomKeySchema,
  sensitivitySchema,
  siteIdSchema,
  userTemplateSchema,
  type Sensitivity,
} from './schemas';

// Every user setting: one typed item per storage key. Content scripts and the
// options page write these; only the background derives onside.effective from them.
const list = <E>(entry: z.ZodMiniType<E>) => ({
  schema: z.array(entry),
  salvage: salvageList(entry),
});

export const DEFAULT_SITES: SiteId[] = SITE_IDS.filter((site) => SITES[site].defaultOn);

export const enabledSitesItem = defineStoredItem<SiteId[]>({
  key: 'local:onside.enabledSites',
  version: 1,
  fallback: DEFAULT_SITES,
  ...list(siteIdSchema),
});

export const sensitivityItem = defineStoredItem<Sensitivity>({
  key: 'local:onside.sensitivity',
  version: 1,
  schema: sensitivitySchema,
  fallback: 'strict',
});

export const sendGuardItem = defineStoredItem<boolean>({
  key: 'local:onside.sendGuard',
  version: 1,
  schema: z.boolean(),
  fallback: true,
});

export const contractRoomsItem = defineStoredItem<string[]>({
  key: 'local:onside.contractActiveRooms',
  version: 1,
  fallback: [],
  ...list(roomKeySchema),
});

export const ignoredItem = defineStoredItem({
  key: 'local:onside.ignored',
  version: 1,
  fallback: [],
  ...list(ignoredSchema),
});

/** Entries whose id matches a built-in template are edits of it; the others are the user's own. */
export const userTemplatesItem = defineStoredItem({
  key: 'local:onside.templates',
  version: 1,
  fallback: [],
  ...list(userTemplateSchema),
});

export const customPhrasesItem = defineStoredItem({
  key: 'local:onside.customPhrases',
  version: 2,
  fallback: [],
  ...list(customPhraseSchema),
  migrations: {
    // v1 (pre-release builds) stored bare strings; they become medium circumvention phrases.
    2: (old) =>
      Array.isArray(old)
        ? old.map((entry, index) =>
            typeof entry === 'string'
              ? {
                  id: `phrase-v1-${index}`,
                  text: entry,
                  category: 'circumvention',
                  severity: 'medium',
                }
              : entry,
          )
        : old,
  },
});

export const customPatternsItem = defineStoredItem({
  key: 'local:onside.customPatterns',
  version: 1,
  fallback: [],
  ...list(customPatternSchema),
});

export const allowListItem = defineStoredItem<string[]>({
  key: 'local:onside.allowList',
  version: 1,
  fallback: [],
  ...list(allowTermSchema),
});

/** The items a settings file carries, by their name in the file. */
export const SETTINGS = {
  enabledSites: enabledSitesItem,
  sensitivity: sensitivityItem,
  sendGuard: sendGuardItem,
  contractActiveRooms: contractRoomsItem,
  ignored: ignoredItem,
  templates: userTemplatesItem,
  customPhrases: customPhrasesItem,
  customPatterns: customPatternsItem,
  allowList: allowListItem,
} as const;
export type SettingName = keyof typeof SETTINGS;
