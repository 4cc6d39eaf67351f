import { defineConfig } from 'vitest/config';

// Two projects: the pure core (fast, node) and the browser tests (headless Chromium against the built viewer).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          environment: 'node',
          // The first test in a file loads the gazetteer (about a second alone, several on a loaded machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
