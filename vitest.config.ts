import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { E2E_WORKERS } from './e2e/fixtures/workers.js';

// Unit and database tests run side by side, one file per core at least: a database test spends much
// of its time waiting for PostgreSQL or an fsync, so two files per core keep the cores busy.
const WORKERS = Math.max(2, os.availableParallelism());

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          // Property tests run hundreds of cases; beside the database tests on a busy machine 5 s is short.
          testTimeout: 20_000,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          // Template databases (migrated, and with the demo) that each test file copies.
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/specs/**/*.spec.ts'],
          environment: 'node',
          // Builds the web app and starts one server (with the demo) per worker while the other
          // projects run; the specs of a worker share its server (e2e/fixtures/test.ts).
          globalSetup: ['e2e/fixtures/global-setup.ts'],
          setupFiles: ['e2e/fixtures/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          maxWorkers: E2E_WORKERS,
          // After unit and database tests, so that the build and the servers are ready by then.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
