import { defineConfig } from 'vitest/config';

/** Browser tests (run through scripts/e2e.mjs, which starts the server and sets LOTSE_E2E_URL). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // One browser, one server, one database: files run one after another, so nothing interferes.
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default'],
  },
});
