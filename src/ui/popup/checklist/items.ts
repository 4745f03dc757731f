// The readiness questions and the "before you move" list (DOMAIN.md, "Deciding whether
// to convert"). Ids are stored: never rename one, only add.
export const READINESS_ITEMS = [
  'origin',
  'process',
  'value',
  'contract',
  'payment',
  'profile',
  'terms',
] as const;

export const BEFORE_MOVE_ITEMS = [
  'agreement',
  'scope',
  'schedule',
  'latePayment',
  'revisions',
  'ip',
  'cancellation',
  'communication',
  'invoicing',
] as const;

export type ChecklistItemId =
  `ready.${(typeof READINESS_ITEMS)[number]}` | `move.${(typeof BEFORE_MOVE_ITEMS)[number]}`;

export const CHECKLIST_GROUPS = [
  { id: 'ready', items: READINESS_ITEMS.map((item) => `ready.${item}` as ChecklistItemId) },
  { id: 'move', items: BEFORE_MOVE_ITEMS.map((item) => `move.${item}` as ChecklistItemId) },
] as const;

export const ALL_ITEM_IDS: readonly ChecklistItemId[] = CHECKLIST_GROUPS.flatMap((g) => g.items);

/** i18n key of an item's label: `ready.origin` → `popup_check_ready_origin`. */
export function itemMessageKey(id: ChecklistItemId): string {
  return `popup_check_${id.replace('.', '_')}`;
}
