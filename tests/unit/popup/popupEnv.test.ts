import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserEnv } from '@/src/ui/popup/popupEnv';
import { readTabState } from '@/src/ui/popup/status/useTabState';

describe('browserEnv.activeTab', () => {
  beforeEach(async () => {
    await fakeBrowser.windows.create({ focused: true });
  });

  it('names the marketplace of the active tab from its url', async () => {
    await fakeBrowser.tabs.create({
      url: 'https://www.upwork.com/ab/messages/rooms/1',
      active: true,
    });
    const tab = await browserEnv().activeTab();
    expect(tab?.site).toBe('upwork');
  });

  it('treats a tab without a url (no host access) as not a covered site', async () => {
    await fakeBrowser.tabs.create({ active: true });
    expect((await browserEnv().activeTab())?.site ?? null).toBeNull();
  });

  it('reads a marketplace tab whose content script does not answer as inactive', async () => {
    await fakeBrowser.tabs.create({
      url: 'https://www.upwork.com/ab/messages/rooms/1',
      active: true,
    });
    const env = {
      ...browserEnv(),
      tabStatus: () => Promise.reject(new Error('Receiving end does not exist.')),
    };
    expect(await readTabState(env)).toMatchObject({ kind: 'inactive', site: 'upwork' });
  });
});
