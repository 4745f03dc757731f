import { describe, expect, it } from 'vitest';
import { siteForUrl } from '@/src/ui/popup/status/siteForUrl';

describe('siteForUrl', () => {
  it.each([
    ['https://www.upwork.com/ab/messages/rooms/room_1', 'upwork'],
    ['https://upwork.com/nx/find-work', 'upwork'],
    ['https://www.fiverr.com/inbox/someone', 'fiverr'],
    ['https://fiverr.com/inbox', 'fiverr'],
    ['https://www.freelancer.com/messages', 'freelancer'],
    ['https://www.peopleperhour.com/dashboard', 'peopleperhour'],
    ['http://www.upwork.com/', null],
    ['https://community.upwork.com/t5/forum', null],
    ['https://notupwork.com/', null],
    ['https://www.fiverr.com.evil.example/', null],
    ['chrome://newtab/', null],
    [undefined, null],
    ['not a url', null],
  ])('%s → %s', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });
});
