// Runs the end-to-end suite against the built extension (.output/): builds
// the editor stand-in pages, then hands over to Vitest with the e2e config.
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ['tests/e2e/pages/build.mjs']);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
