import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/setup/chromium-options';

// `npm run bench` (tests/bench/run.mjs): one worker, so the measurements have the machine to themselves.
const port = Number(process.env.BENCH_PORT ?? 4330);

export default defineConfig({
  testDir: 'tests/bench',
  testMatch: 'bench.spec.ts',
  workers: 1,
  timeout: 10 * 60_000,
  reporter: [['list']],
  outputDir: 'test-results/bench',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-BE',
    serviceWorkers: 'block',
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `"${process.execPath}" tests/setup/serve-dist.ts ${port} --gzip`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
