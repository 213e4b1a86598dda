import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './tests/setup/browser-path.mjs';

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
        launchOptions: {
          // Debian's Chromium where it is installed; otherwise Playwright's own download.
          ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
          // Keep Chromium from calling home: the tests must see only the site's own requests.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
