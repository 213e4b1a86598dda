import type { Page } from '@playwright/test';

/** Waits until the service worker has precached the site and controls the page: from then on it works offline. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
