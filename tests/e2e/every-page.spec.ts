import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, readingPages } from './site-pages';
import { NO_PAGE_PROBLEMS, watchPage } from './watch-page';
import { expectNoAxeViolations } from './axe';
import { waitForPageSettled } from './open-app';

const DIST = join(import.meta.dirname, '../../dist');

for (const path of builtPages()) {
  test(`${path} loads cleanly, stays on its origin and has no axe violations`, async ({ page, baseURL }) => {
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForPageSettled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('footer')).toContainText('Referentiekader kwaliteitsvolle leersteun');

    await expectNoAxeViolations(page);
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });
}

test('the Content-Security-Policy blocks an injected inline script, and the watcher reports it', async ({
  page,
  baseURL,
}) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto('/over/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "ingespoten"';
    document.body.append(script);
  });
  await expect
    .poll(() => problems.cspViolations)
    .toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  await expect(page).not.toHaveTitle('ingespoten');
});

test('an unknown address shows the Dutch not-found page', async ({ page }) => {
  const response = await page.goto('/referentiekader/x9/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Pagina niet gevonden');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of readingPages()) {
    test(`${path} reads fully, and its only script is the small offline support`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main')).not.toBeEmpty();
      // One module: the offline indicator and the service worker with its update notice. Nothing to read with.
      const sources = await page
        .locator('script')
        .evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src') ?? 'inline'));
      expect(sources).toHaveLength(1);
      const code = readFileSync(join(DIST, sources[0] ?? ''), 'utf8');
      expect(code).toContain('serviceWorker');
      expect(gzipSync(code).length).toBeLessThan(2048);
    });
  }
});
