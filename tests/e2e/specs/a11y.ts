import { expect, it } from 'vitest';
import { describeViolations, runAxe } from '../harness/axe';
import { clickTarget, waitForTarget } from '../harness/forms';
import { openNativeExtensionPage, openNativeRoom } from '../harness/native';
import { clickUi, focusEditor, uiNames, waitFor, waitForChip } from '../harness/room';
import type { Session } from '../harness/session';
import { FLAGGED_CHIP, RISKY } from './phrases';
import { openPopup, SECTIONS } from './popup';

// Issue #7: axe-core finds no violations in the popup (every section), the
// options page, and the in-page card. The full default rule set runs,
// color-contrast included.

export function a11ySpecs(session: () => Session) {
  for (const section of SECTIONS.en) {
    it(`popup, ${section} section: no axe violations`, async () => {
      const popup = await openPopup(session());
      try {
        await clickTarget(popup, { name: section, kind: 'tab' });
        await waitFor(
          popup,
          (tab) =>
            document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === tab,
          section,
          `the ${section} tab`,
        );
        const { violations } = await runAxe(popup);
        expect(violations, describeViolations(violations)).toEqual([]);
      } finally {
        await popup.close();
      }
    });
  }

  it('options page: no axe violations', async () => {
    const options = await openNativeExtensionPage(session(), 'options.html');
    try {
      await waitForTarget(options, { region: 'Marketplaces', name: 'Upwork', kind: 'control' });
      const { violations } = await runAxe(options);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await options.close();
    }
  });

  it('the in-page card: no axe violations', async () => {
    const room = await openNativeRoom(session(), 'tiptap');
    try {
      await focusEditor(room);
      await room.type(RISKY);
      await waitForChip(room, FLAGGED_CHIP);
      const chip = (await uiNames(room, 'button')).find((name) => FLAGGED_CHIP.test(name))!;
      await clickUi(room, 'button', chip);
      await waitFor(
        room,
        () =>
          (
            window as unknown as { __probe: { exists(r: string, p: string): boolean } }
          ).__probe.exists('dialog', '^Onside'),
        null,
        'the Onside card',
      );
      // The UI host and, through it, its open shadow root.
      const { violations, shadowPasses } = await runAxe(room, [['[data-onside="ui"]']]);
      expect(violations, describeViolations(violations)).toEqual([]);
      // axe really looked inside the shadow root.
      expect(shadowPasses).toBeGreaterThan(0);
    } finally {
      await room.close();
    }
  });
}
