import { launchChromium, type ChromiumSession } from './chromium';
import { playwrightDriver, puppeteerDriver, withProbe, type Driver } from './driver';
import { GECKO_ID, launchFirefox, type FirefoxSession } from './firefox';
import { FIREFOX_BUILD } from './paths';
import type { RequestLog } from './requests';

/** The engine's own objects, for the few specs that need more than a Driver (harness/native.ts). */
export type NativeSession =
  | { browser: 'chromium'; session: ChromiumSession }
  | { browser: 'firefox'; session: FirefoxSession };

// A running browser with the built extension, seen the same way from both engines.
export interface Session {
  readonly browser: 'chromium' | 'firefox';
  readonly native?: NativeSession;
  readonly requests: RequestLog;
  readonly extensionOrigin: string;
  openRoom(name: string): Promise<Driver>;
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Driver>;
  /** Asks the background for its version over the message protocol, from an extension page. */
  ping(): Promise<string>;
  /**
   * Reloads the extension while pages stay open. Chromium leaves open pages
   * without the new content script; Firefox injects the new version into them.
   */
  readonly reinjectsOnReload: boolean;
  /** Reloads (Chromium) or reinstalls (Firefox) the extension while pages stay open. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

const pingFrom = (driver: Driver) =>
  driver.evaluate(async () => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ version: string }> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
    const reply = await (scope.browser ?? scope.chrome).runtime.sendMessage({
      type: 'ping',
      payload: null,
    });
    return reply.version;
  }, null);

export async function chromiumSession(executablePath: string, lang?: string): Promise<Session> {
  const session = await launchChromium(executablePath, { lang });
  return {
    browser: 'chromium',
    native: { browser: 'chromium', session },
    reinjectsOnReload: false,
    requests: session.requests,
    extensionOrigin: `chrome-extension://${session.extensionId}`,
    openRoom: async (name) => withProbe(playwrightDriver(await session.openRoom(name))),
    openExtensionPage: async (path, viewport) =>
      playwrightDriver(await session.openExtensionPage(path, viewport)),
    async ping() {
      const page = await session.openExtensionPage('popup.html');
      try {
        return await pingFrom(playwrightDriver(page));
      } finally {
        await page.close();
      }
    },
    async reloadExtension() {
      await session.worker
        .evaluate(() =>
          (
            globalThis as unknown as { chrome: { runtime: { reload(): void } } }
          ).chrome.runtime.reload(),
        )
        .catch(() => undefined);
    },
    close: () => session.close(),
  };
}

export async function firefoxSession(executablePath: string): Promise<Session> {
  const session = await launchFirefox(executablePath);
  return {
    browser: 'firefox',
    native: { browser: 'firefox', session },
    reinjectsOnReload: true,
    requests: session.requests,
    extensionOrigin: session.extensionOrigin,
    openRoom: async (name) => withProbe(puppeteerDriver(await session.openRoom(name))),
    openExtensionPage: async (path) => puppeteerDriver(await session.openExtensionPage(path)),
    async ping() {
      const page = await session.openExtensionPage('popup.html');
      try {
        return await pingFrom(puppeteerDriver(page));
      } finally {
        await page.close();
      }
    },
    async reloadExtension() {
      // An update in place: Firefox unloads the old version and injects the new one.
      await session.browser.uninstallExtension(GECKO_ID);
      await session.browser.installExtension(FIREFOX_BUILD);
    },
    close: () => session.close(),
  };
}
