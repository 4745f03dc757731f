import { describe, expect, it } from 'vitest';
import { EMPTY_CHECKLISTS } from '@/src/store/checklists';
import {
  addClient,
  checklistProgress,
  removeClient,
  resetClient,
  selectClient,
  selectedClient,
  toggleItem,
} from '@/src/ui/popup/checklist/checklistState';
import { ALL_ITEM_IDS } from '@/src/ui/popup/checklist/items';

const two = addClient(addClient(EMPTY_CHECKLISTS, ' Acme ', 'a', 1), 'Globex', 'g', 2);

describe('checklist state', () => {
  it('adds clients with trimmed names and selects the newest', () => {
    expect(two.clients.map((c) => [c.id, c.name])).toEqual([
      ['a', 'Acme'],
      ['g', 'Globex'],
    ]);
    expect(two.selectedId).toBe('g');
  });

  it('toggles an item for one client only', () => {
    const once = toggleItem(two, 'a', 'move.scope', 5);
    expect(once.clients[0]).toMatchObject({ checked: ['move.scope'], updatedAt: 5 });
    expect(once.clients[1]?.checked).toEqual([]);
    expect(toggleItem(once, 'a', 'move.scope', 6).clients[0]?.checked).toEqual([]);
  });

  it('resets one client', () => {
    const checked = toggleItem(toggleItem(two, 'g', 'move.ip', 3), 'a', 'move.ip', 3);
    const reset = resetClient(checked, 'g', 4);
    expect(reset.clients.map((c) => c.checked)).toEqual([['move.ip'], []]);
  });

  it('removing the selected client selects the first remaining one', () => {
    expect(removeClient(two, 'g')).toMatchObject({ selectedId: 'a', clients: [{ id: 'a' }] });
    expect(removeClient(removeClient(two, 'g'), 'a')).toEqual({ clients: [], selectedId: null });
    expect(removeClient(two, 'a').selectedId).toBe('g');
  });

  it('ignores selecting an unknown client and falls back from a stale selection', () => {
    expect(selectClient(two, 'nobody')).toBe(two);
    expect(selectedClient({ ...two, selectedId: 'gone' })?.id).toBe('a');
    expect(selectedClient(EMPTY_CHECKLISTS)).toBeNull();
  });

  it('counts progress over known items only', () => {
    expect(checklistProgress([])).toEqual({ done: 0, total: 16, open: 16, ready: false });
    expect(checklistProgress(['move.scope', 'retired.item'])).toMatchObject({ done: 1, open: 15 });
    expect(checklistProgress([...ALL_ITEM_IDS])).toEqual({
      done: 16,
      total: 16,
      open: 0,
      ready: true,
    });
  });
});
