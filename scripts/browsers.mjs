// Where the end-to-end tests and `npm start` find their browsers:
// $CHROME_PATH / $FIREFOX_PATH, then Playwright's cache, then Debian's packages.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function fromPlaywrightCache(prefix, relative) {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((name) => name.startsWith(prefix))
    .sort()
    .reverse()) {
    const candidate = join(cache, dir, relative);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function firstExisting(...candidates) {
  return candidates.find((path) => path && existsSync(path));
}

export function findChromium() {
  return firstExisting(
    process.env.CHROME_PATH,
    fromPlaywrightCache('chromium-', 'chrome-linux/chrome'),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  );
}

export function findFirefox() {
  return firstExisting(
    process.env.FIREFOX_PATH,
    fromPlaywrightCache('firefox-', 'firefox/firefox'),
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
  );
}

export const HOW_TO_GET = {
  chromium: 'install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH',
  firefox: 'install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH',
};
