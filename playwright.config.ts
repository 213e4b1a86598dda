import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/setup/chromium-options';

// E2E_PORT lets two test runs share a machine (each needs its own preview server).
const port = Number(process.env.E2E_PORT ?? 4322);

/**
 * One worker per core, at most four: a test mostly waits on its browser, so two share two cores well; each
 * Chromium starts several processes, so more than one per core only makes each test slower. E2E_WORKERS
 * overrides it (e.g. 1 on a laptop that is busy with other work).
 */
const workers = Number(process.env.E2E_WORKERS ?? Math.min(4, Math.max(1, availableParallelism())));

// A short test (one page, one form) must finish within half a minute, so a real hang fails quickly. A long
// journey says so itself with `test.slow(true, why)` (three times this) or a timeout of its own with a reason.
const TEST_TIMEOUT = 30_000;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers,
  timeout: TEST_TIMEOUT,
  // A user-visible state appears within ten seconds even while another program keeps a core busy.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/setup/slowest-tests-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-BE',
    trace: 'retain-on-failure',
    // Each test gets a fresh browser; without this every one would first download the whole site into the
    // service worker's cache. The offline and update tests allow it.
    serviceWorkers: 'block',
  },
  // The tests run against the production build, as users get it (`npm run build` comes first in `npm test`).
  webServer: {
    // --ignore-lock: run beside a preview the user may have open from `npm start`, without replacing it.
    command: `node node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
});
