// npm start: build, then open Chromium with Onside loaded on the bundled demo
// message room (served at a real Upwork URL by request routing, so nothing
// leaves the machine). Without a display or a browser, say how to load by hand.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, HOW_TO_GET } from './browsers.mjs';

const build = resolve('.output/chrome-mv3');
const byHand = `load ${build} by hand: chrome://extensions > Developer mode > Load unpacked.`;

for (const [command, args] of [
  ['npx', ['wxt', 'build']],
  [process.execPath, ['tests/e2e/pages/build.mjs']],
]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const chromium = findChromium();
if (!chromium) {
  console.log(`No Chromium found (${HOW_TO_GET.chromium}); ${byHand}`);
  process.exit(0);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`No display to open a browser window on; ${byHand}`);
  process.exit(0);
}

const { chromium: playwright } = await import('playwright-core');
const { pageUrl, resolveRoute } = await import('../tests/e2e/pages/routes.mjs');
const context = await playwright.launchPersistentContext(
  mkdtempSync(join(tmpdir(), 'onside-demo-')),
  {
    executablePath: chromium,
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-first-run',
      '--disable-background-networking',
    ],
  },
);
await context.route('https://www.upwork.com/**', (route) =>
  route.fulfill(resolveRoute(route.request().url())),
);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(pageUrl('demo'));
console.log('Onside demo is open. Type in the composer; close the browser window to stop.');
await new Promise((done) => context.on('close', done));
