import { expect, it } from 'vitest';
import type { Session } from '../harness/session';
import {
  clickUi,
  focusEditor,
  highlighted,
  modelText,
  openCard,
  sentMessages,
  waitFor,
  waitForChip,
  waitForOnside,
} from '../harness/room';
import type { Driver } from '../harness/driver';
import { BENIGN, CLEAN_CHIP, FLAGGED_CHIP, fragmentOf, RISKY, template } from './phrases';

// The compose-box contract, for one editor, in one browser: detect, stay quiet
// on work talk, highlight, explain, fix in one undoable step, insert a
// template, and ask before sending.

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function typeRisky(room: Driver) {
  await focusEditor(room);
  await room.type(RISKY);
  await waitForChip(room, FLAGGED_CHIP);
}

export function composeSpecs(editor: string, session: () => Session) {
  const withRoom = async (run: (room: Driver) => Promise<void>) => {
    const room = await session().openRoom(editor);
    try {
      await run(room);
    } finally {
      await room.close();
    }
  };

  it(`${editor}: flags a risky phrase in place and stays quiet on technical talk`, () =>
    withRoom(async (room) => {
      await focusEditor(room);
      await room.type(BENIGN);
      await new Promise((resolve) => setTimeout(resolve, 700));
      await waitForChip(room, CLEAN_CHIP);
      await room.press('Control+a');
      await room.press('Backspace');
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
      const marks = await highlighted(room);
      expect(marks.join(' ')).toMatch(/paypal|pay/i);
    }));

  it(`${editor}: "Use compliant wording" changes the editor's own text, and one undo restores it`, () =>
    withRoom(async (room) => {
      await typeRisky(room);
      const before = await modelText(room);
      await openCard(room);
      // A person reads the card before acting; editors group edits made within a second into one undo step.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await clickUi(room, 'button', 'Use compliant wording');
      await waitFor(
        room,
        (original) =>
          (window as unknown as { __standin: { getText(): string } }).__standin.getText() !==
          original,
        before,
        'the replacement',
      );
      const after = await modelText(room);
      expect(after).not.toMatch(/paypal/i);
      await waitForChip(room, CLEAN_CHIP);
      await room.press('Escape');
      await focusEditor(room);
      await room.press('Control+z');
      await waitFor(
        room,
        (original) =>
          (window as unknown as { __standin: { getText(): string } }).__standin
            .getText()
            .replace(/\s+/g, ' ')
            .trim() === original,
        squash(before),
        'one undo to restore the original',
      );
    }));

  it(`${editor}: "Insert template" puts a compliant reply at the caret`, () =>
    withRoom(async (room) => {
      await focusEditor(room);
      await openCard(room);
      await clickUi(room, 'button', 'Insert template');
      const reply = template('decline-payment');
      await clickUi(room, 'button', reply.title);
      await waitFor(
        room,
        (fragment) =>
          (window as unknown as { __standin: { getText(): string } }).__standin
            .getText()
            .replace(/\s+/g, ' ')
            .includes(fragment),
        squash(fragmentOf(reply.text)),
        'the template in the editor',
      );
      await waitForChip(room, CLEAN_CHIP);
    }));

  it(`${editor}: asks before sending a high-risk message, and "Send anyway" sends`, () =>
    withRoom(async (room) => {
      await typeRisky(room);
      await room.press('Enter');
      await waitForOnside(room, 'alertdialog', 'the send guard');
      await clickUi(room, 'button', 'Edit message');
      expect(await sentMessages(room)).toEqual([]);
      expect(squash(await modelText(room))).toBe(squash(RISKY));
      await room.press('Enter');
      await waitForOnside(room, 'alertdialog', 'the send guard again');
      await clickUi(room, 'button', 'Send anyway');
      await waitFor(
        room,
        () => (window as unknown as { __standin: { sent: string[] } }).__standin.sent.length === 1,
        null,
        'the message to be sent',
      );
      expect(squash((await sentMessages(room))[0]!)).toBe(squash(RISKY));
    }));
}
