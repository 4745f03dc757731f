import * as z from 'zod/mini';
import { defineStoredItem } from './stored';

// The popup's readiness checklists, one per client the user names. Only the ids of
// checked items are stored; the items themselves are data in src/ui/popup/checklist.
export const clientChecklistSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  checked: z.array(z.string()),
  updatedAt: z.number(),
});

export const checklistsSchema = z.object({
  clients: z.array(clientChecklistSchema),
  selectedId: z.nullable(z.string()),
});

export type ClientChecklist = z.infer<typeof clientChecklistSchema>;
export type Checklists = z.infer<typeof checklistsSchema>;

export const EMPTY_CHECKLISTS: Checklists = { clients: [], selectedId: null };

export const checklistsItem = defineStoredItem<Checklists>({
  key: 'local:onside.checklists',
  version: 1,
  schema: checklistsSchema,
  fallback: EMPTY_CHECKLISTS,
});
