import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { describeIn } from './harness/browsers';
import { ARTIFACTS } from './harness/paths';
import {
  addIncoming,
  clickUi,
  focusEditor,
  uiNames,
  waitForHighlight,
  waitForUi,
} from './harness/room';
import { chromiumSession, type Session } from './harness/session';

// What a user sees, captured for review in tests/e2e/.artifacts: highlights in
// the box and in an incoming message, the card, and the send guard.
describeIn('chromium', 'in-page UI screenshots', (path) => {
  let session: Session;
  beforeAll(async () => {
    session = await chromiumSession(path);
  });
  afterAll(() => session?.close());

  for (const editor of ['tiptap', 'textarea']) {
    it(`${editor}: highlights, card and send guard render`, async () => {
      const room = await session.openRoom(editor);
      const shot = (name: string) => room.screenshot(join(ARTIFACTS, `ui-${editor}-${name}.png`));
      try {
        await addIncoming(
          room,
          "Hi! Let's continue on WhatsApp, and I'd rather pay you via PayPal so we both skip the fees.",
        );
        await focusEditor(room);
        await room.type(
          'Sure, happy to help with the landing page. Could you pay me through PayPal instead of here? My email is jane.doe@example.com',
        );
        // The incoming message has its own chip: wait for the composer's own scan.
        await waitForHighlight(room, 'jane.doe@example.com');
        await shot('highlights');
        await clickUi(
          room,
          'button',
          (await uiNames(room, 'button')).find((name) => name.startsWith('Onside:'))!,
        );
        expect((await uiNames(room, 'dialog')).some((name) => name.startsWith('Onside'))).toBe(
          true,
        );
        await shot('card');
        await room.press('Escape');
        await focusEditor(room);
        await room.press('End');
        await room.press('Enter');
        await waitForUi(room, 'alertdialog', /^Onside/);
        await shot('guard');
      } finally {
        await room.close();
      }
    });
  }
});
