import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/setup/chromium-options';

// E2E_PORT lets two test runs share a machine (each needs its own preview server).
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  reporter: [['list']],
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
