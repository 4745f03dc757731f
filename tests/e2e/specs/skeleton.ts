import { expect, it } from 'vitest';
import type { Session } from '../harness/session';
import { waitForChip } from '../harness/room';
import { CLEAN_CHIP } from './phrases';
import pkg from '../../../package.json' with { type: 'json' };

// The extension is alive in this browser: every context loads and answers.
export function skeletonSpecs(session: () => Session) {
  it('attaches to the compose box of a routed Upwork message room', async () => {
    const room = await session().openRoom('tiptap');
    try {
      await waitForChip(room, CLEAN_CHIP);
    } finally {
      await room.close();
    }
  });

  it('the service worker answers over the message protocol', async () => {
    expect(await session().ping()).toBe(pkg.version);
  });

  for (const page of ['popup.html', 'options.html']) {
    it(`${page} renders`, async () => {
      const driver = await session().openExtensionPage(page);
      try {
        const heading = await driver.evaluate(async () => {
          for (let i = 0; i < 50 && !document.querySelector('h1'); i += 1)
            await new Promise((r) => setTimeout(r, 50));
          return document.querySelector('h1')?.textContent ?? '';
        }, null);
        expect(heading).toMatch(/Onside/);
      } finally {
        await driver.close();
      }
    });
  }
}
