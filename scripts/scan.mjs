// `npm run scan`: runs the scan CLI from an esbuild bundle of src/ (rebuilt when a source file
// is newer than it). It starts in a fraction of the time tsx needs to compile the sources on
// every run, and so do the worker threads a long --jsonl export is spread over.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/onside-cli');
const entry = join(out, 'scan.mjs');

function newest(dir) {
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    latest = Math.max(latest, item.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt() {
  try {
    return statSync(entry).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = Math.max(
  newest(join(root, 'src')),
  statSync(join(root, 'package-lock.json')).mtimeMs,
);
if (builtAt() < sources) {
  // Built aside and moved into place, so a run started meanwhile never loads half a bundle.
  const temp = `${out}.${process.pid}`;
  await build({
    entryPoints: [join(root, 'src/cli/scan.ts'), join(root, 'src/cli/jsonl-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, '..'), { recursive: true });
  try {
    renameSync(temp, out);
  } catch (error) {
    // Another run built it at the same moment: use theirs.
    rmSync(temp, { recursive: true, force: true });
    if (builtAt() === 0) throw error;
  }
}
await import(pathToFileURL(entry).href);
