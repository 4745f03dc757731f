// Maps real Upwork URLs to the built stand-in pages in ./dist.
// Used by the e2e runners (Playwright route.fulfill, puppeteer request.respond).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directory holding the built pages (`node tests/e2e/pages/build.mjs`). */
export const DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), 'dist');

/** Top-level pages, each served at pageUrl(name). */
export const PAGES = Object.freeze([
  'textarea',
  'input',
  'contenteditable',
  'tiptap',
  'quill',
  'lexical',
  'draftjs',
  'unknown',
  'late',
  'modal',
  'spa',
  'iframe',
  'shadow',
  'demo',
]);

/** Pages only loaded inside an iframe, served at frameUrl(name). */
export const FRAMES = Object.freeze(['iframe-composer']);

export const ORIGIN = 'https://www.upwork.com';
/** Path prefix of the built JS/CSS assets. */
export const ASSET_PREFIX = '/__standin/';

/** @param {string} name */
export function pageUrl(name) {
  return `${ORIGIN}/ab/messages/rooms/room_${name}`;
}

/** @param {string} name */
export function frameUrl(name) {
  return `${ORIGIN}/ab/messages/frames/${name}`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function notFound(what) {
  return {
    status: 404,
    contentType: 'text/plain; charset=utf-8',
    body: Buffer.from(`Not found: ${what}\n`),
  };
}

function serveFile(file) {
  const ext = file.slice(file.lastIndexOf('.'));
  const contentType = TYPES[ext];
  if (!contentType) return notFound(file);
  try {
    return { status: 200, contentType, body: readFileSync(join(DIST_DIR, file)) };
  } catch {
    return notFound(file);
  }
}

/**
 * Resolve any https://www.upwork.com/** URL to a response.
 * - /ab/messages/rooms/room_<page>[_<suffix>] -> dist/<page>.html (suffix: SPA sub-rooms)
 * - /ab/messages/frames/<frame>               -> dist/<frame>.html
 * - /__standin/<file>                         -> dist/<file> (.js/.css)
 * - anything else                             -> 404
 * @param {string | URL} url
 * @returns {{ status: number, contentType: string, body: Buffer }}
 */
export function resolveRoute(url) {
  let u;
  try {
    u = new URL(String(url));
  } catch {
    return notFound(String(url));
  }
  if (u.origin !== ORIGIN) return notFound(u.href);
  const path = u.pathname.replace(/\/+$/, '');
  const room = /^\/ab\/messages\/rooms\/room_([a-z0-9-]+?)(?:_[A-Za-z0-9_-]*)?$/.exec(path);
  if (room && PAGES.includes(room[1])) return serveFile(`${room[1]}.html`);
  const frame = /^\/ab\/messages\/frames\/([a-z0-9-]+)$/.exec(path);
  if (frame && FRAMES.includes(frame[1])) return serveFile(`${frame[1]}.html`);
  if (path.startsWith(ASSET_PREFIX)) {
    const file = path.slice(ASSET_PREFIX.length);
    if (/^[a-z0-9-]+\.(js|css)$/.test(file)) return serveFile(file);
  }
  return notFound(u.pathname);
}
