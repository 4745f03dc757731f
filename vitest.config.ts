import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    // Property tests run 10,000 cases each in CI, fewer while developing.
    env: { FC_RUNS: process.env.FC_RUNS ?? (process.env.CI ? '10000' : '1000') },
  },
});
