import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { playwrightDriver, puppeteerDriver, withProbe, type Driver } from './driver';
import type { NativeSession, Session } from './session';

// A Driver plus the few things only the engine's own page can do: set a file
// on an <input type=file>, and run a script's source past the page's CSP.
export interface NativePage extends Driver {
  setInputFile(selector: string, filePath: string): Promise<void>;
  /** Evaluates script source in the page's main world (CDP / BiDi evaluation is not subject to CSP). */
  runScript(source: string): Promise<void>;
}

export function nativeOf(session: Session): NativeSession {
  if (!session.native) throw new Error('This session does not expose its engine objects');
  return session.native;
}

function fromPlaywright(page: PwPage): NativePage {
  return {
    ...playwrightDriver(page),
    setInputFile: (selector, filePath) => page.setInputFiles(selector, filePath),
    runScript: async (source) => void (await page.evaluate(`${source}\n;0`)),
  };
}

function fromPuppeteer(page: PpPage): NativePage {
  return {
    ...puppeteerDriver(page),
    async setInputFile(selector, filePath) {
      const input = await page.waitForSelector(selector);
      if (!input) throw new Error(`No ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(filePath);
    },
    runScript: async (source) => void (await page.evaluate(`${source}\n;0`)),
  };
}

export async function openNativeExtensionPage(
  session: Session,
  path: string,
  viewport?: { width: number; height: number },
): Promise<NativePage> {
  const native = nativeOf(session);
  if (native.browser === 'chromium')
    return fromPlaywright(await native.session.openExtensionPage(path, viewport));
  const page = await native.session.openExtensionPage(path);
  if (viewport) await page.setViewport(viewport);
  return fromPuppeteer(page);
}

export async function openNativeRoom(session: Session, name: string): Promise<NativePage> {
  const native = nativeOf(session);
  const page =
    native.browser === 'chromium'
      ? fromPlaywright(await native.session.openRoom(name))
      : fromPuppeteer(await native.session.openRoom(name));
  await withProbe(page);
  return page;
}
