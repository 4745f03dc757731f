import { defineConfig } from 'vitest/config';

// End-to-end tests drive the BUILT extension (.output/) in real browsers, one
// file at a time: two browsers on two cores is already the machine's limit.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
