import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { pageUrl, resolveRoute } from '../pages/routes.mjs';
import { CHROME_BUILD } from './paths';
import { RequestLog } from './requests';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  requests: RequestLog;
  openRoom(name: string): Promise<Page>;
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

// Flags that keep Chromium from reaching for the network on its own
// (this machine has none, and the privacy test must only see our traffic).
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export async function launchChromium(
  executablePath: string,
  { extension = CHROME_BUILD, lang = 'en-US' } = {},
): Promise<ChromiumSession> {
  // Service-worker requests reach context.on('request') only with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'onside-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: lang,
    args: [
      ...QUIET_FLAGS,
      `--lang=${lang}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const requests = new RequestLog();
  context.on('request', (request) => requests.add(request.url(), 'page'));
  await context.route('https://www.upwork.com/**', async (route) => {
    const { status, contentType, body } = resolveRoute(route.request().url());
    await route.fulfill({ status, contentType, body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    requests,
    async openRoom(name) {
      const page = await context.newPage();
      await page.goto(pageUrl(name));
      await page.waitForFunction(
        () => (window as { __standin?: { isReady?: boolean } }).__standin?.isReady === true,
      );
      return page;
    },
    async openExtensionPage(path, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
