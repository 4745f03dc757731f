import { describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import {
  addIgnored,
  DEFAULT_EFFECTIVE,
  readEffectiveConfig,
  setContractActive,
  watchEffectiveConfig,
  type EffectiveConfig,
} from '@/src/store/effective';
import { NOTICES_KEY } from '@/src/store/recovery';
import { contractRoomsItem, ignoredItem } from '@/src/store/settings';

const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_123';

describe('effective config for content scripts', () => {
  it('reads the defaults when the background has not published yet', async () => {
    expect(await readEffectiveConfig()).toEqual(DEFAULT_EFFECTIVE);
    expect(DEFAULT_EFFECTIVE.enabledSites).toEqual(['upwork']);
    expect(DEFAULT_EFFECTIVE.warnSeverities).toEqual(['high', 'medium', 'low']);
    expect(DEFAULT_EFFECTIVE.sendGuard).toBe(true);
  });

  it('never throws on a corrupt pack, and does not bother the user about derived data', async () => {
    await storage.setItem('local:onside.effective', { packVersion: 3, userPatterns: 'x' });
    expect(await readEffectiveConfig()).toEqual(DEFAULT_EFFECTIVE);
    expect(await storage.getItem(NOTICES_KEY)).toBeNull();
  });

  it('passes a published pack to watchers', async () => {
    const seen: EffectiveConfig[] = [];
    const controller = new AbortController();
    watchEffectiveConfig((c) => seen.push(c), controller.signal);
    const next = { ...DEFAULT_EFFECTIVE, sendGuard: false };
    await storage.setItem('local:onside.effective', next);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(next));
    controller.abort();
  });

  it('toggles contract-active per room without touching other rooms', async () => {
    await setContractActive('https://www.upwork.com/other', true);
    await setContractActive(ROOM, true);
    await setContractActive(ROOM, true);
    expect(await contractRoomsItem.getValue()).toEqual(['https://www.upwork.com/other', ROOM]);
    await setContractActive(ROOM, false);
    expect(await contractRoomsItem.getValue()).toEqual(['https://www.upwork.com/other']);
  });

  it('remembers an ignored finding once', async () => {
    await addIgnored({ ruleId: 'payment.venmo', text: 'Venmo' });
    await addIgnored({ ruleId: 'payment.venmo', text: 'Venmo' });
    expect(await ignoredItem.getValue()).toEqual([{ ruleId: 'payment.venmo', text: 'Venmo' }]);
  });
});
