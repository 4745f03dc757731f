import { expect, it } from 'vitest';
import type { Driver } from '../harness/driver';
import type { Probe } from '../harness/probe';
import {
  addIncoming,
  chipNames,
  clickUi,
  focusEditor,
  modelText,
  waitFor,
  waitForChip,
} from '../harness/room';
import type { Session } from '../harness/session';
import { CLEAN_CHIP, FLAGGED_CHIP, fragmentOf, RISKY, template } from './phrases';

// Boxes that come and go, live in frames or shadow roots, editors Onside does
// not know, messages from the other side, and an extension reloaded mid-typing.
type PageWindow = {
  __probe: Probe;
  __standin: Record<string, (...args: unknown[]) => unknown> & { getText(which?: number): string };
};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function pageSpecs(session: () => Session) {
  const inRoom = (name: string, run: (room: Driver) => Promise<void>) => async () => {
    const room = await session().openRoom(name);
    try {
      await run(room);
    } finally {
      await room.close();
    }
  };

  it(
    'attaches to a compose box mounted after load',
    inRoom('late', async (room) => {
      await waitForChip(room, CLEAN_CHIP, 6000);
      await focusEditor(room);
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
    }),
  );

  it(
    'attaches to a compose box inside a modal dialog',
    inRoom('modal', async (room) => {
      await room.evaluate(() => (window as unknown as PageWindow).__standin.openModal!(), null);
      await waitForChip(room, CLEAN_CHIP);
      await focusEditor(room);
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
    }),
  );

  it(
    'follows single-page navigation to a re-mounted editor, with one chip',
    inRoom('spa', async (room) => {
      await waitForChip(room, CLEAN_CHIP);
      await room.evaluate(() => (window as unknown as PageWindow).__standin.navigate!('b'), null);
      await waitFor(
        room,
        () => (window as unknown as PageWindow).__standin.mounts!() === 2,
        null,
        'the second mount',
      );
      await focusEditor(room);
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
      expect(await chipNames(room)).toHaveLength(1);
    }),
  );

  it(
    'watches compose boxes inside open shadow roots',
    inRoom('shadow', async (room) => {
      await focusEditor(room, 0);
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
    }),
  );

  it(
    'watches compose boxes inside same-origin iframes',
    inRoom('iframe', async (room) => {
      await focusEditor(room, 0);
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
    }),
  );

  it(
    'warns and highlights in an editor it does not know, and says so when it refuses a fix',
    inRoom('unknown', async (room) => {
      await focusEditor(room);
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
      expect(
        (
          await room.evaluate(() => (window as unknown as PageWindow).__probe.highlighted(), null)
        ).join(' '),
      ).toMatch(/pay/i);
      const chip = (await chipNames(room))[0]!;
      await clickUi(room, 'button', chip);
      await clickUi(room, 'button', 'Use compliant wording');
      // This editor takes edits only through its own beforeinput handling: depending on the
      // browser the fix lands, or the text stays as typed and the card says what to do.
      const statusOf = () =>
        room.evaluate(
          () =>
            document
              .querySelector('[data-onside="ui"]')
              ?.shadowRoot?.querySelector('[role="status"].status')?.textContent ?? '',
          null,
        );
      await waitFor(
        room,
        () => {
          const ui = document.querySelector('[data-onside="ui"]')?.shadowRoot;
          return (ui?.querySelector('[role="status"].status')?.textContent ?? '') !== '';
        },
        null,
        'the card to report the outcome of the fix',
      );
      const status = await statusOf();
      const text = squash(await modelText(room));
      if (/clipboard|refused/i.test(status)) expect(text).toBe(squash(RISKY));
      else {
        expect(status).toMatch(/Replaced/);
        expect(text).not.toMatch(/paypal/i);
      }
    }),
  );

  it(
    'marks an incoming request to leave the platform and drafts a compliant reply',
    inRoom('tiptap', async (room) => {
      await addIncoming(
        room,
        "Let's move this to WhatsApp, and I'll pay you by PayPal so we both skip the fees.",
      );
      await waitFor(
        room,
        () => (window as unknown as PageWindow).__probe.incomingHighlighted().length > 0,
        null,
        'the incoming highlight',
      );
      await waitFor(
        room,
        (name) => (window as unknown as PageWindow).__probe.exists('button', name),
        '^Reply compliantly$',
        'the reply button beside the message',
      );
      await clickUi(room, 'button', 'Reply compliantly');
      const reply = template('decline-payment');
      await waitFor(
        room,
        (fragment) =>
          (window as unknown as PageWindow).__standin
            .getText()
            .replace(/\s+/g, ' ')
            .includes(fragment),
        squash(fragmentOf(reply.text)),
        'the reply template in the composer',
      );
    }),
  );

  it(
    'leaves an open page clean and usable when the extension reloads',
    inRoom('tiptap', async (room) => {
      await focusEditor(room);
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
      await session().reloadExtension();
      if (session().reinjectsOnReload) {
        // The new version takes over: one working chip, nothing left from the old one.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await waitForChip(room, FLAGGED_CHIP, 8000);
        expect(await chipNames(room)).toHaveLength(1);
      } else {
        await waitFor(
          room,
          () =>
            !(window as unknown as PageWindow).__probe.uiPresent() &&
            (window as unknown as PageWindow).__probe.highlighted().length === 0,
          null,
          'Onside to leave the page',
          8000,
        );
      }
      await focusEditor(room);
      await room.press('End');
      await room.type(' Thanks!');
      expect(squash(await modelText(room))).toContain('Thanks!');
    }),
  );
}
