import { describe } from 'vitest';
import { findChromium, findFirefox, HOW_TO_GET } from '../../../scripts/browsers.mjs';

export type BrowserName = 'chromium' | 'firefox';

export function browserPath(name: BrowserName): string | undefined {
  return name === 'chromium' ? findChromium() : findFirefox();
}

/**
 * A describe block that needs a browser. Outside CI a missing browser skips
 * with one line saying how to get it; with CI=true it fails the run.
 */
export function describeIn(name: BrowserName, title: string, body: (path: string) => void) {
  const path = browserPath(name);
  if (path) return describe(`${title} [${name}]`, () => body(path));
  const message = `${name} not found: ${HOW_TO_GET[name]}`;
  if (process.env.CI === 'true') throw new Error(`CI needs ${message}`);
  console.log(`skipping ${title} [${name}]: ${message}`);
  return describe.skip(`${title} [${name}]`, () => undefined);
}
