import { describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { NOTICES_KEY, type RecoveryNotice } from '@/src/store/recovery';
import {
  customPatternsItem,
  customPhrasesItem,
  enabledSitesItem,
  sendGuardItem,
} from '@/src/store/settings';

const notices = async () => (await storage.getItem<RecoveryNotice[]>(NOTICES_KEY)) ?? [];
const phrase = (id: string, text: string) =>
  ({ id, text, category: 'payment', severity: 'high' }) as const;

describe('stored settings', () => {
  it('returns the default when nothing is stored, and what was written after', async () => {
    expect(await enabledSitesItem.getValue()).toEqual(['upwork']);
    await enabledSitesItem.setValue(['upwork', 'fiverr']);
    expect(await enabledSitesItem.getValue()).toEqual(['upwork', 'fiverr']);
    expect(await storage.getMeta('local:onside.enabledSites')).toEqual({ v: 1 });
  });

  it('refuses to write a value of the wrong shape', async () => {
    await expect(sendGuardItem.setValue('yes' as unknown as boolean)).rejects.toThrow();
    expect(await storage.getItem('local:onside.sendGuard')).toBeNull();
  });

  it('migrates a v1 list of bare phrases to v2 entries and stores the result', async () => {
    await storage.setItem('local:onside.customPhrases', ['pay me on the side', 'my telegram']);
    const value = await customPhrasesItem.getValue();
    expect(value.map((p) => p.text)).toEqual(['pay me on the side', 'my telegram']);
    expect(value[0]).toMatchObject({ category: 'circumvention', severity: 'medium' });
    expect(await storage.getMeta('local:onside.customPhrases')).toEqual({ v: 2 });
    expect(await storage.getItem('local:onside.customPhrases')).toEqual(value);
    expect(await notices()).toEqual([]);
  });

  it('backs up a value of the wrong shape, falls back and queues one notice', async () => {
    await storage.setItem('local:onside.sendGuard', 'yes');
    expect(await sendGuardItem.getValue()).toBe(true);
    expect(await sendGuardItem.getValue()).toBe(true);
    const queued = await notices();
    expect(queued).toHaveLength(1);
    expect(queued[0]?.key).toBe('local:onside.sendGuard');
    expect(await storage.getItem(queued[0]!.backupKey as `local:${string}`)).toBe('yes');
  });

  it('backs up a truncated JSON string and says so', async () => {
    const truncated = '[{"id":"a","source":"pay\\\\s*pal","categ';
    await storage.setItem('local:onside.customPatterns', truncated);
    expect(await customPatternsItem.getValue()).toEqual([]);
    const [notice] = await notices();
    expect(notice?.reason).toMatch(/truncated/);
    expect(await storage.getItem(notice!.backupKey as `local:${string}`)).toBe(truncated);
  });

  it('decodes a complete JSON string written by an older tool', async () => {
    await storage.setItem('local:onside.enabledSites', '["upwork","fiverr"]');
    expect(await enabledSitesItem.getValue()).toEqual(['upwork', 'fiverr']);
    expect(await notices()).toEqual([]);
  });

  it('keeps the good entries of a list with one bad entry and backs up only the bad one', async () => {
    const bad = { id: 'p2', text: '', category: 'payment', severity: 'high' };
    await storage.setItem('local:onside.customPhrases', [
      phrase('p1', 'venmo me'),
      bad,
      phrase('p3', 'cashapp'),
    ]);
    await storage.setMeta('local:onside.customPhrases', { v: 2 });
    const value = await customPhrasesItem.getValue();
    expect(value.map((p) => p.id)).toEqual(['p1', 'p3']);
    const [notice, ...rest] = await notices();
    expect(rest).toEqual([]);
    expect(notice?.reason).toContain('[1].text');
    expect(await storage.getItem(notice!.backupKey as `local:${string}`)).toEqual([bad]);
    expect((await customPhrasesItem.getValue()).map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(await notices()).toHaveLength(1);
  });

  it('tells watchers about changes until the signal aborts', async () => {
    const seen: boolean[] = [];
    const controller = new AbortController();
    sendGuardItem.watch((value) => seen.push(value), controller.signal);
    await sendGuardItem.setValue(false);
    await vi.waitFor(() => expect(seen).toEqual([false]));
    controller.abort();
    await sendGuardItem.setValue(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([false]);
  });
});

describe('recovery of several items at once', () => {
  it('keeps one notice per damaged item', async () => {
    await storage.setItem('local:onside.sendGuard', 42);
    await storage.setItem('local:onside.enabledSites', { upwork: true });
    await Promise.all([sendGuardItem.getValue(), enabledSitesItem.getValue()]);
    expect((await notices()).map((n) => n.key).sort()).toEqual([
      'local:onside.enabledSites',
      'local:onside.sendGuard',
    ]);
  });
});
