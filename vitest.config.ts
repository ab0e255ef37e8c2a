import { defineConfig } from 'vitest/config';

// Three levels (STYLE "Tests and fixtures"): unit tests are pure and fast; integration tests use real SQLite files,
// a real loopback HTTP server and real processes; e2e tests build the site and drive a real browser.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 900_000,
          // One site build and one browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
