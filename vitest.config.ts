import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Index the real knowledge once; tests and bot processes start from it (INDEX_SEED_DIR).
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Native hnswlib and several loopback servers per file: keep to the machine's two cores.
    maxWorkers: 2,
  },
});
