// Builds the Upwork stand-in pages into ./dist: <name>.html + <name>.js (+ <name>.css).
// Usage: node tests/e2e/pages/build.mjs
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSET_PREFIX, DIST_DIR, FRAMES, PAGES } from './routes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'src');

function entryFor(name) {
  for (const ext of ['.tsx', '.ts']) {
    const file = join(src, name + ext);
    if (existsSync(file)) return file;
  }
  throw new Error(`No source for stand-in page "${name}" in ${src}`);
}

function html(name, hasCss) {
  const css = hasCss ? `\n    <link rel="stylesheet" href="${ASSET_PREFIX}${name}.css" />` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Messages – Upwork</title>${css}
    <script defer src="${ASSET_PREFIX}${name}.js"></script>
  </head>
  <body data-standin-page="${name}"></body>
</html>
`;
}

export async function buildPages() {
  const started = Date.now();
  const names = [...PAGES, ...FRAMES];
  rmSync(DIST_DIR, { recursive: true, force: true });
  mkdirSync(DIST_DIR, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(names.map((n) => [n, entryFor(n)])),
    outdir: DIST_DIR,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    sourcemap: false,
    minify: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.css': 'css' },
    logLevel: 'warning',
    absWorkingDir: here,
  });
  for (const name of names) {
    writeFileSync(
      join(DIST_DIR, `${name}.html`),
      html(name, existsSync(join(DIST_DIR, `${name}.css`))),
    );
  }
  return { names, ms: Date.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { names, ms } = await buildPages();
  console.log(`stand-in pages: built ${names.length} pages into ${DIST_DIR} in ${ms} ms`);
}
