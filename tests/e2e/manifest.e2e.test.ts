import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

// The built manifests ask for exactly what the README justifies, nothing more.
const ALLOWED_PERMISSIONS = ['storage', 'scripting'];
const FORBIDDEN = [
  '<all_urls>',
  'tabs',
  'history',
  'cookies',
  'webRequest',
  'webRequestBlocking',
  'debugger',
  'management',
  'nativeMessaging',
  'clipboardRead',
];
const UPWORK = ['https://www.upwork.com/*', 'https://upwork.com/*'];
const OPTIONAL_SITES = [
  'https://*.fiverr.com/*',
  'https://*.freelancer.com/*',
  'https://*.peopleperhour.com/*',
];

type Manifest = {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  externally_connectable?: unknown;
  content_scripts?: { matches: string[] }[];
  content_security_policy?: unknown;
};
const read = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe.each([
  ['chrome-mv3', CHROME_BUILD],
  ['firefox-mv2', FIREFOX_BUILD],
])('%s manifest', (name, dir) => {
  const manifest = read(dir);
  const hosts =
    name === 'chrome-mv3'
      ? (manifest.host_permissions ?? [])
      : (manifest.permissions ?? []).filter((entry) => entry.includes('://'));
  const optional =
    name === 'chrome-mv3'
      ? (manifest.optional_host_permissions ?? [])
      : (manifest.optional_permissions ?? []);
  const apiPermissions = (manifest.permissions ?? []).filter((entry) => !entry.includes('://'));

  it('asks only for the permissions the README names', () => {
    expect(apiPermissions.sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
    for (const entry of [...(manifest.permissions ?? []), ...hosts, ...optional])
      expect(FORBIDDEN).not.toContain(entry);
  });

  it('reaches Upwork only, with the other marketplaces optional', () => {
    for (const host of hosts) expect(UPWORK).toContain(host);
    expect(optional.sort()).toEqual([...OPTIONAL_SITES].sort());
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    for (const match of matches) expect(UPWORK).toContain(match);
  });

  it('lets no web page talk to the extension and loads no remote code', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(JSON.stringify(manifest.content_security_policy ?? '')).not.toMatch(
      /https?:|unsafe-eval/,
    );
  });
});
