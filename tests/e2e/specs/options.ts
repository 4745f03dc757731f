import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Driver } from '../harness/driver';
import {
  choose,
  clickTarget,
  fill,
  storageSnapshot,
  visibleText,
  waitForTarget,
} from '../harness/forms';
import { openNativeExtensionPage } from '../harness/native';
import { focusEditor, highlighted, waitFor, waitForChip, waitForHighlight } from '../harness/room';
import { ARTIFACTS } from '../harness/paths';
import type { Session } from '../harness/session';
import { watchWorker, workerRestartSupport } from '../harness/worker';
import { CLEAN_CHIP, FLAGGED_CHIP } from './phrases';

// Issue #5: what the user sets in the options page reaches every compose box,
// a bad import changes nothing, optional marketplaces ask first, and a
// restarted service worker still knows the user's phrases.

const ENTRY_KINDS = {
  phrase: {
    region: 'Custom phrases',
    field: 'New phrase',
    add: 'Add phrase',
    key: 'onside.customPhrases',
  },
  pattern: {
    region: 'Custom patterns',
    field: 'New pattern',
    add: 'Add pattern',
    key: 'onside.customPatterns',
  },
} as const;

async function addEntry(
  options: Driver,
  kind: keyof typeof ENTRY_KINDS,
  source: string,
  category: string,
  severity: string,
) {
  const entry = ENTRY_KINDS[kind];
  await fill(options, entry.region, entry.field, source);
  await choose(options, entry.region, 'Category', category);
  await choose(options, entry.region, 'Severity', severity);
  await clickTarget(options, { region: entry.region, name: entry.add, kind: 'button' });
  await waitFor(
    options,
    async ([key, text]) => {
      type Area = { get(key: string): Promise<Record<string, unknown>> };
      const scope = globalThis as unknown as {
        browser?: { storage: { local: Area } };
        chrome: { storage: { local: Area } };
      };
      const stored = await (scope.browser ?? scope.chrome).storage.local.get(key);
      return JSON.stringify(stored[key] ?? []).includes(JSON.stringify(text).slice(1, -1));
    },
    [entry.key, source] as [string, string],
    `"${source}" to be saved`,
  );
}

// One bad field each; the visible error must name it.
const BAD_IMPORTS = [
  {
    what: 'a custom pattern with severity "extreme"',
    field: 'customPatterns[0].severity',
    file: {
      customPhrases: [{ id: 'p1', text: 'tulip bulbs', category: 'payment', severity: 'high' }],
      customPatterns: [
        { id: 'r1', source: 'tulip\\s+bulbs', category: 'payment', severity: 'extreme' },
      ],
    },
  },
  {
    what: 'a custom pattern that is not a valid regular expression',
    field: 'customPatterns[0].source',
    file: {
      allowList: ['tulip'],
      customPatterns: [{ id: 'r1', source: 'tulip(', category: 'contact', severity: 'low' }],
    },
  },
  {
    what: 'an unknown marketplace',
    field: 'enabledSites[1]',
    file: { sensitivity: 'relaxed', enabledSites: ['upwork', 'myspace'] },
  },
];

export function optionsSpecs(session: () => Session) {
  it('a phrase added in the options page is flagged in an already-open compose box', async () => {
    const room = await session().openRoom('tiptap');
    const options = await session().openExtensionPage('options.html');
    try {
      await focusEditor(room);
      await room.type('Please send the sunflower seeds by Friday');
      await waitForChip(room, CLEAN_CHIP);
      await addEntry(options, 'phrase', 'sunflower seeds', 'payment', 'high');
      await focusEditor(room);
      await room.press('End');
      await room.type('.');
      await waitForChip(room, FLAGGED_CHIP, 8000);
    } finally {
      await options.close();
      await room.close();
    }
  });

  // re2js lives only in the background: the page asks it for an RE2 pattern's matches.
  it('an RE2 pattern added in the options page is highlighted in a compose box', async () => {
    const room = await session().openRoom('tiptap');
    const options = await session().openExtensionPage('options.html');
    try {
      await addEntry(options, 'pattern', 'ticket-\\d{4}', 'contact', 'high');
      await focusEditor(room);
      await room.type('The fix for ticket-4821 is live on staging');
      await waitForChip(room, FLAGGED_CHIP, 8000);
      await waitForHighlight(room, 'ticket-4821');
      await room.screenshot(join(ARTIFACTS, `ui-re2-pattern-${session().browser}.png`));
    } finally {
      await options.close();
      await room.close();
    }
  });

  for (const bad of BAD_IMPORTS) {
    it(`an import with ${bad.what} changes nothing and names ${bad.field}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'onside-import-'));
      const file = join(dir, 'settings.json');
      writeFileSync(file, JSON.stringify({ format: 'onside-settings', version: 1, ...bad.file }));
      const options = await openNativeExtensionPage(session(), 'options.html');
      try {
        await visibleText(options, 'h1');
        const before = await storageSnapshot(options);
        await options.setInputFile('input[type="file"]', file);
        await waitFor(
          options,
          (field) => {
            const status = document.querySelector(
              'section[aria-labelledby="transfer-title"] [role="status"]',
            );
            const rect = status?.getBoundingClientRect();
            return Boolean(rect && rect.height > 0 && status!.textContent!.includes(field));
          },
          bad.field,
          `a visible message naming ${bad.field}`,
        );
        const message = await visibleText(
          options,
          'section[aria-labelledby="transfer-title"] [role="status"]',
        );
        expect(message).toMatch(/not imported, nothing was changed/);
        // Give a wrongly started write the time to land before comparing.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await storageSnapshot(options)).toEqual(before);
      } finally {
        await options.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('switching on Fiverr asks for its host permission, and a denial leaves it off', async () => {
    const options = await session().openExtensionPage('options.html');
    try {
      await waitForTarget(options, { region: 'Marketplaces', name: 'Fiverr', kind: 'control' });
      const before = await storageSnapshot(options);
      const installed = await options.evaluate(() => {
        // The page calls wxt/browser: the native `browser` in Firefox, the
        // polyfill over `chrome` in Chromium, which looks chrome.permissions.request
        // up at call time and passes a callback.
        type Permissions = { request: (...args: unknown[]) => unknown };
        const scope = globalThis as unknown as {
          browser?: { permissions: Permissions; runtime: { id?: string } };
          chrome: { permissions: Permissions };
          __permissionCalls: unknown[];
        };
        const api = scope.browser?.runtime?.id
          ? scope.browser.permissions
          : scope.chrome.permissions;
        scope.__permissionCalls = [];
        const spy = (request: unknown, callback?: (granted: boolean) => void) => {
          scope.__permissionCalls.push(JSON.parse(JSON.stringify(request)));
          if (typeof callback === 'function') return void callback(false);
          return Promise.resolve(false);
        };
        try {
          api.request = spy as Permissions['request'];
        } catch {
          Object.defineProperty(api, 'request', { value: spy, configurable: true, writable: true });
        }
        return (api.request as unknown) === spy;
      }, null);
      expect(installed, 'the permission spy could be installed').toBe(true);
      await clickTarget(options, { region: 'Marketplaces', name: 'Fiverr', kind: 'control' });
      await waitFor(
        options,
        () =>
          (globalThis as unknown as { __permissionCalls: unknown[] }).__permissionCalls.length > 0,
        null,
        'a permission request',
      );
      const calls = await options.evaluate(
        () => (globalThis as unknown as { __permissionCalls: unknown[] }).__permissionCalls,
        null,
      );
      expect(calls).toHaveLength(1);
      expect((calls[0] as { origins: string[] }).origins).toContain('https://*.fiverr.com/*');
      await waitFor(
        options,
        () => document.querySelector('[role="alert"]')?.textContent?.includes('Fiverr') === true,
        null,
        'the denial to be explained',
      );
      const checked = await options.evaluate(() => {
        const label = [...document.querySelectorAll('label')].find(
          (l) => l.textContent?.trim() === 'Fiverr',
        );
        return label?.querySelector('input')?.checked;
      }, null);
      expect(checked).toBe(false);
      expect(await storageSnapshot(options)).toEqual(before);
    } finally {
      await options.close();
    }
  });

  // Firefox runs this build's background as a persistent MV2 page: it is never
  // stopped while the extension is enabled, so there is no restart to test.
  it("a restarted service worker still serves the user's phrases", async (context) => {
    if (!workerRestartSupport(session())) return context.skip();
    const worker = await watchWorker(session());
    const options = await session().openExtensionPage('options.html');
    try {
      await addEntry(options, 'phrase', 'marigold ledger', 'payment', 'high');
      await worker.stop();
      expect(worker.status()).toBe('stopped');
      await addEntry(options, 'phrase', 'lavender parcel', 'contact', 'high');
      // The storage change is what wakes it.
      await worker.waitFor('running');
    } finally {
      await options.close();
      await worker.close();
    }
    const room = await session().openRoom('tiptap');
    try {
      await focusEditor(room);
      await room.type('I will bring the marigold ledger and the lavender parcel tomorrow');
      await waitForChip(room, FLAGGED_CHIP);
      await waitFor(
        room,
        () => {
          const marks = (
            window as unknown as { __probe: { highlighted(): string[] } }
          ).__probe.highlighted();
          const all = marks.join(' | ').toLowerCase();
          return all.includes('marigold ledger') && all.includes('lavender parcel');
        },
        null,
        'both phrases highlighted',
      ).catch(async (error: Error) => {
        throw new Error(
          `${error.message}; highlighted: ${JSON.stringify(await highlighted(room))}`,
        );
      });
    } finally {
      await room.close();
    }
  });
}
