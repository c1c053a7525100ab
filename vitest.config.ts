import { defineConfig } from 'vitest/config';

// Three kinds of tests, one command (`npm test`):
// - unit: pure functions (ingest stages, helpers), no build;
// - build: assertions over the built site in dist/ (the global setup builds it);
// - browser: the built site served locally and driven in the Chromium that comes through npm
//   (scripts/lib/browser.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
