import type { Checklists, ClientChecklist } from '@/src/store/checklists';
import { ALL_ITEM_IDS } from './items';

// Pure edits of the stored checklists; the hook saves whatever these return.
export function addClient(state: Checklists, name: string, id: string, now: number): Checklists {
  const client: ClientChecklist = { id, name: name.trim(), checked: [], updatedAt: now };
  return { clients: [...state.clients, client], selectedId: id };
}

export function removeClient(state: Checklists, id: string): Checklists {
  const clients = state.clients.filter((client) => client.id !== id);
  const selectedId = state.selectedId === id ? (clients[0]?.id ?? null) : state.selectedId;
  return { clients, selectedId };
}

export function selectClient(state: Checklists, id: string): Checklists {
  return state.clients.some((client) => client.id === id) ? { ...state, selectedId: id } : state;
}

function editClient(state: Checklists, id: string, edit: (c: ClientChecklist) => ClientChecklist) {
  return { ...state, clients: state.clients.map((c) => (c.id === id ? edit(c) : c)) };
}

export function toggleItem(state: Checklists, id: string, item: string, now: number): Checklists {
  return editClient(state, id, (client) => ({
    ...client,
    checked: client.checked.includes(item)
      ? client.checked.filter((checked) => checked !== item)
      : [...client.checked, item],
    updatedAt: now,
  }));
}

export function resetClient(state: Checklists, id: string, now: number): Checklists {
  return editClient(state, id, (client) => ({ ...client, checked: [], updatedAt: now }));
}

/** The selected client, or the first one when the stored selection is missing or stale. */
export function selectedClient(state: Checklists): ClientChecklist | null {
  return state.clients.find((client) => client.id === state.selectedId) ?? state.clients[0] ?? null;
}

export interface ChecklistProgress {
  done: number;
  total: number;
  open: number;
  ready: boolean;
}

/** Progress over the known items only: a stale stored id never counts. */
export function checklistProgress(checked: readonly string[]): ChecklistProgress {
  const done = ALL_ITEM_IDS.filter((id) => checked.includes(id)).length;
  const total = ALL_ITEM_IDS.length;
  return { done, total, open: total - done, ready: done === total };
}
