import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, testChromiumLaunchOptions } from './tests/setup/chromium-options';
import { PDF_VIEWER } from './tests/e2e/pdf-viewer';

// E2E_PORT lets two test runs share a machine (each needs its own preview server).
const port = Number(process.env.E2E_PORT ?? 4322);

/**
 * One worker per core, at most four. In Debian's full Chromium a second worker on this project's 2-core CI
 * machine bought nothing (87 s for the same 17 journeys with one or two); in its headless shell, which needs a
 * third less CPU per journey, two workers took 133 s where one took 166 s for the five longest journeys, and
 * 141 s against 174 s for 72 page checks and short tests (2026-12-06). E2E_WORKERS overrides it.
 */
const workers = Number(process.env.E2E_WORKERS ?? Math.min(4, availableParallelism()));

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
    // A failed test leaves a screenshot of the page as it failed. Recording a trace of every test costs a tenth
    // of the suite's time (74 s against 68 s for the same 17 journeys, 87 s with its screenshots), so it is
    // recorded on request: E2E_TRACE=1 keeps the trace (actions and the page's DOM) of each failed test.
    screenshot: 'only-on-failure',
    trace: process.env.E2E_TRACE ? { mode: 'retain-on-failure', screenshots: false } : 'off',
    // Each test gets a fresh browser; without this every one would first download the whole site into the
    // service worker's cache. The offline and update tests allow it.
    serviceWorkers: 'block',
  },
  // The tests run against the production build, as users get it (`npm run build` comes first in `npm test`).
  webServer: {
    command: `"${process.execPath}" tests/setup/serve-dist.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      grepInvert: new RegExp(PDF_VIEWER),
      use: { browserName: 'chromium', launchOptions: testChromiumLaunchOptions() },
    },
    {
      name: 'chromium-pdf-viewer',
      grep: new RegExp(PDF_VIEWER),
      use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions() },
    },
  ],
});
