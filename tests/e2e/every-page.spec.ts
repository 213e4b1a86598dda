import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test as base, type Page } from '@playwright/test';
import { builtPages, readingPages } from './site-pages';
import { NO_PAGE_PROBLEMS, forgetPageProblems, watchPage, type PageProblems } from './watch-page';
import { expectNoAxeViolations } from './axe';
import { openApp, waitForPageSettled } from './open-app';
import { LAPTOP, PHONE, expectFocusAlwaysSeen, expectNoSidewaysScroll, walkFocus } from './page-layout';
import { restoreBackup } from './sample-data';
import { teamCycleBackup } from './team-cycle-backup';

const DIST = join(import.meta.dirname, '../../dist');

/**
 * One watched tab for all the page checks of a worker, emptied of problems before each: opening a new browser
 * context for each of the 55 pages cost more than the check itself (2.5 s a page against 1.2 s).
 */
const test = base.extend<object, { visitor: { page: Page; problems: PageProblems } }>({
  visitor: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL = '', locale = 'nl-BE', serviceWorkers = 'block' } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, serviceWorkers });
      const page = await context.newPage();
      const problems = await watchPage(page, new URL(baseURL).origin);
      await use({ page, problems });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * The afnamemodus and the page a bevraging's link opens: pages of their own layout, without the site's header
 * and footer.
 */
const KIOSK_PAGES = ['/app/bevragingen/afnemen/', '/bevraging/'];

for (const path of builtPages()) {
  test(`${path} loads cleanly, stays on its origin and has no axe violations`, async ({ visitor }) => {
    const { page, problems } = visitor;
    forgetPageProblems(problems);
    await page.setViewportSize(LAPTOP);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForPageSettled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
    await expect(page.locator('h1')).toHaveCount(1);
    // These are handed to respondents: no footer leading into the site (KioskLayout).
    if (KIOSK_PAGES.includes(path)) await expect(page.locator('footer')).toHaveCount(0);
    else await expect(page.locator('footer')).toContainText('Referentiekader kwaliteitsvolle leersteun');

    await expectNoAxeViolations(page);
    // The same page on a phone: narrowing the window reflows it without loading it again.
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });
}

// Each width walks one way: on a laptop down with Tab, on a phone up with Shift+Tab, where a bar stuck to the
// top covers what focus reaches. Both ways at both widths doubled the walk and found nothing more.
for (const [viewport, walk] of [
  [LAPTOP, 'Tab'],
  [PHONE, 'Shift+Tab'],
] as const) {
  test(`at ${viewport.width} px every app view with a team's data passes axe, fits the window and keeps focus in sight`, async ({
    page,
  }) => {
    // Sixteen views, each checked by axe and walked by Tab from its first stop round to it again: 60–80 s
    // while other suites kept the two cores busy (load 8 to 13), up to 90 s at worst.
    test.setTimeout(150_000);
    const { file, fixture } = await teamCycleBackup();
    const cycle = `?cyclus=${fixture.cycle.id}`;
    await page.setViewportSize(viewport);
    await openApp(page, '/app/gegevens/');
    await restoreBackup(page, { name: 'team.zip', mimeType: 'application/zip', buffer: file });
    for (const path of [
      '/app/',
      '/app/cyclus/nieuw/',
      '/app/vergelijken/',
      '/app/profiel/',
      '/app/kwaliteitskalender/',
      '/app/gegevens/',
      `/app/cyclus/${cycle}`,
      `/app/beoordelen/${fixture.cycle.scope[0]!.toLowerCase()}/${cycle}`,
      `/app/bronnen/${cycle}`,
      `/app/bevragingen/${cycle}`,
      `/app/actieplan/${cycle}`,
      `/app/actieplan/${cycle}&weergave=bord`,
      `/app/deelnemers/${cycle}`,
      `/app/bijdragen/${cycle}`,
      `/app/consensus/${cycle}`,
      `/app/consensus/${cycle}&verwachting=${fixture.cycle.scope[0]}`,
      `/app/rapport/${cycle}`,
    ]) {
      await test.step(path, async () => {
        await openApp(page, path);
        await waitForPageSettled(page);
        await expectNoAxeViolations(page);
        await expectNoSidewaysScroll(page);
        await expectFocusAlwaysSeen(page, walk);
      });
    }
  });
}

test('the focus walk reports a control that a bar covers, and only those', async ({ page }) => {
  await page.goto('/over/');
  // A bar over the top half of the window, as a sticky header would be with no scroll padding to keep clear of.
  await page.evaluate(() => {
    const bar = document.createElement('div');
    bar.id = 'cover';
    bar.style.cssText = 'position: fixed; inset: 0 0 auto; height: 50vh; background: white; z-index: 10';
    document.body.append(bar);
  });
  const walk = await walkFocus(page, 'Tab');
  expect(walk.wrapped).toBe(true);
  expect(walk.problems).toContainEqual(expect.stringMatching(/ is covered by div#cover /));
  expect(walk.problems.length).toBeLessThan(walk.stops);
});

test('the focus walk reports a focus ring cut off by a box that clips, and only that one', async ({
  page,
}) => {
  await page.goto('/over/');
  // A link flush with the left edge of a box that clips sideways, as a link in a table's first column was.
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'clip';
    box.style.cssText = 'overflow-x: auto';
    box.innerHTML = '<a href="#clip">Afgesneden</a>';
    document.querySelector('main')?.prepend(box);
  });
  const walk = await walkFocus(page, 'Tab');
  expect(walk.wrapped).toBe(true);
  expect(walk.problems).toEqual([
    expect.stringMatching(/^a "Afgesneden" has its focus ring cut off by div#clip /),
  ]);
});

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

  // One walk through all reading pages in one browser: a new browser per page made this a minute of the suite.
  test('every reading page reads fully, and its only script is the small offline support', async ({
    page,
  }) => {
    // 8 s on a quiet two-core machine, 25 s of the default 30 under a load of 14: a walk, not one page.
    test.slow(true, 'one walk through every reading page');
    for (const path of readingPages()) {
      await page.goto(path);
      await expect(page.locator('main'), path).not.toBeEmpty();
      // One module: the offline indicator and the service worker with its update notice. Nothing to read with.
      const sources = await page
        .locator('script')
        .evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src') ?? 'inline'));
      expect(sources, path).toHaveLength(1);
      const code = readFileSync(join(DIST, sources[0] ?? ''), 'utf8');
      expect(code, path).toContain('serviceWorker');
      expect(gzipSync(code).length, path).toBeLessThan(2048);
    }
  });
});
