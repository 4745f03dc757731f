import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { installProbe } from './probe';

// One small surface over Playwright (Chromium) and Puppeteer (Firefox) pages,
// so every end-to-end spec runs unchanged in both browsers.
export interface Driver {
  readonly browser: 'chromium' | 'firefox';
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  type(text: string, delayMs?: number): Promise<void>;
  /** Inserts text in one go, as a paste or an input method would. */
  insertText(text: string): Promise<void>;
  /** A key or chord such as "Enter", "Shift+Enter", "Control+z". */
  press(chord: string): Promise<void>;
  click(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export function playwrightDriver(page: PwPage): Driver {
  return {
    browser: 'chromium',
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    type: (text, delay = 0) => page.keyboard.type(text, { delay }),
    insertText: (text) => page.keyboard.insertText(text),
    press: (chord) => page.keyboard.press(chord),
    click: (x, y) => page.mouse.click(x, y),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

export function puppeteerDriver(page: PpPage): Driver {
  return {
    browser: 'firefox',
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    type: (text, delay = 0) => page.keyboard.type(text, { delay }),
    // BiDi sends one character at a time; the editing pipeline takes the whole text at once.
    insertText: async (text) => {
      await page.evaluate((value) => void document.execCommand('insertText', false, value), text);
    },
    async press(chord) {
      const keys = chord.split('+') as Parameters<typeof page.keyboard.down>[0][];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    click: (x, y) => page.mouse.click(x, y),
    // Unlike Playwright, Puppeteer does not create the folder (tests/e2e/.artifacts is not
    // in a fresh clone, and the first Firefox screenshot may come before the popup spec's).
    async screenshot(path) {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

export async function withProbe(driver: Driver): Promise<Driver> {
  await driver.evaluate(installProbe, null);
  return driver;
}
