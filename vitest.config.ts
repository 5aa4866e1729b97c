import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/lint/**/*.test.ts'],
    // Migrates one template database per run; each test file's createTestDb() clones it.
    globalSetup: ['src/testing/vorlage.setup.ts'],
    // Cheap argon2 parameters in tests only (see src/core/auth/passwort.ts).
    env: { LOTSE_TESTS_SCHWACHE_HASHES: '1' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
