import { expect, it } from 'vitest';
import { clickTarget, waitForTarget } from '../harness/forms';
import { nativeOf } from '../harness/native';
import { clickUi, focusEditor, openCard, waitFor, waitForChip } from '../harness/room';
import type { Session } from '../harness/session';
import { CLEAN_CHIP, FLAGGED_CHIP, RISKY, template } from './phrases';
import { openPopup, SECTIONS } from './popup';

// Issue #7: Onside never talks to the network. Every request any context makes
// during a full session of use must stay on the extension's own origin or the
// routed stand-in pages.
//
// Coverage: in Chromium, context.on('request') sees pages, extension pages and
// (PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS) the service worker; the
// self-test below proves the worker is covered. In Firefox, puppeteer sees the
// requests of each page the harness opens (rooms, extension pages, including
// content-script fetches made in them); it does not report the moz-extension://
// loads of extension pages, and the MV2 background page is not a page puppeteer
// can attach to, so the background's requests are NOT covered there.

const allowedPrefixes = (session: Session) => [
  `${session.extensionOrigin}/`,
  'about:',
  // The extension's own internal URLs (Firefox names them moz-extension://<uuid>).
  ...(session.browser === 'firefox' ? [] : ['chrome://']),
];

async function useEverything(session: Session) {
  const room = await session.openRoom('tiptap');
  try {
    await focusEditor(room);
    await room.type(RISKY);
    await waitForChip(room, FLAGGED_CHIP);
    await openCard(room);
    await clickUi(room, 'button', 'Use compliant wording');
    await waitForChip(room, CLEAN_CHIP);
    await openCard(room);
    await clickUi(room, 'button', 'Insert template');
    await clickUi(room, 'button', template('decline-payment').title);
    await waitFor(
      room,
      () =>
        (window as unknown as { __standin: { getText(): string } }).__standin
          .getText()
          .includes('Upwork'),
      null,
      'the template in the editor',
    );
  } finally {
    await room.close();
  }
  const popup = await openPopup(session);
  try {
    for (const section of SECTIONS.en) {
      await clickTarget(popup, { name: section, kind: 'tab' });
      await waitFor(
        popup,
        (tab) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === tab,
        section,
        `the ${section} tab`,
      );
    }
  } finally {
    await popup.close();
  }
  const options = await session.openExtensionPage('options.html');
  try {
    await waitForTarget(options, { region: 'Marketplaces', name: 'Upwork', kind: 'control' });
    const sections = await options.evaluate(async () => {
      const all = [...document.querySelectorAll('section')];
      for (const section of all) {
        section.scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return all.length;
    }, null);
    expect(sections).toBeGreaterThanOrEqual(9);
    await clickTarget(options, {
      region: 'Backup and restore',
      name: 'Restore defaults',
      kind: 'button',
    });
    await clickTarget(options, { region: 'Backup and restore', name: 'Cancel', kind: 'button' });
  } finally {
    await options.close();
  }
}

export function privacySpecs(session: () => Session) {
  it('nothing in a full session of use reaches outside the extension and the routed pages', async () => {
    await useEverything(session());
    const { entries } = session().requests;
    expect(entries.length, 'the request log saw nothing: it is not wired').toBeGreaterThan(0);
    expect(entries.some((entry) => entry.url.startsWith('https://www.upwork.com/'))).toBe(true);
    // Firefox (BiDi) does not report moz-extension:// loads of extension pages.
    if (session().browser === 'chromium')
      expect(entries.some((entry) => entry.url.startsWith(session().extensionOrigin))).toBe(true);
    expect(session().requests.foreign(allowedPrefixes(session()))).toEqual([]);
  });

  // Runs after the check above: it makes a foreign request on purpose.
  it('self-test: the request log catches a request from the background (Chromium) or a page', async () => {
    const url = `https://onside-selftest.invalid/${session().browser}`;
    const native = nativeOf(session());
    if (native.browser === 'chromium') {
      await native.session.worker.evaluate(
        (target) =>
          fetch(target).then(
            () => undefined,
            () => undefined,
          ),
        url,
      );
    } else {
      const room = await session().openRoom('textarea');
      try {
        await room.evaluate(
          (target) =>
            fetch(target).then(
              () => undefined,
              () => undefined,
            ),
          url,
        );
      } finally {
        await room.close();
      }
    }
    const deadline = Date.now() + 3000;
    while (!session().requests.entries.some((entry) => entry.url === url) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session().requests.foreign(allowedPrefixes(session()))).toContain(url);
  });
}
