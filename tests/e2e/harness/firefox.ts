import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pageUrl, resolveRoute } from '../pages/routes.mjs';
import { FIREFOX_BUILD } from './paths';
import { RequestLog } from './requests';

export const GECKO_ID = 'onside@onside.example';
// Pinning the internal UUID gives the extension pages a known moz-extension:// origin.
const EXTENSION_UUID = '5f0c1d2e-7a41-4b6e-9c3d-0a0b0c0d0e01';

export interface FirefoxSession {
  browser: Browser;
  requests: RequestLog;
  extensionOrigin: string;
  openRoom(name: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

async function routeUpwork(page: Page, requests: RequestLog) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    requests.add(url, 'page');
    if (!url.startsWith('https://www.upwork.com/')) {
      void request.continue();
      return;
    }
    const { status, contentType, body } = resolveRoute(url);
    void request.respond({ status, contentType, body });
  });
}

export async function launchFirefox(
  executablePath: string,
  { extension = FIREFOX_BUILD } = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  await browser.installExtension(extension);
  const requests = new RequestLog();
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  return {
    browser,
    requests,
    extensionOrigin,
    async openRoom(name) {
      const page = await browser.newPage();
      await routeUpwork(page, requests);
      await page.goto(pageUrl(name));
      await page.waitForFunction(
        () => (window as { __standin?: { isReady?: boolean } }).__standin?.isReady === true,
      );
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      page.on('request', (request) => requests.add(request.url(), 'extension-page'));
      // BiDi does not always report the load of extension pages; the DOM is enough.
      await page
        .goto(`${extensionOrigin}/${path}`, { waitUntil: 'domcontentloaded', timeout: 5000 })
        .catch(() => undefined);
      await page.waitForFunction(() => document.readyState !== 'loading', { timeout: 10_000 });
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}
