import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { openApp, waitForHydration } from './open-app';
import { restoreBackup } from './sample-data';
import { waitForOfflineReady } from './service-worker';
import { builtPages } from './site-pages';
import { teamCycleBackup } from './team-cycle-backup';
import { NO_PAGE_PROBLEMS, watchPage } from './watch-page';

test.use({ serviceWorkers: 'allow' });

async function download(page: Page, button: string): Promise<Buffer> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path);
}

test('after one visit online, every page, search, editing and the report downloads work with no network', async ({
  page,
  context,
  baseURL,
}) => {
  // Caches the whole site, then opens all 55 pages one after another with no network (1–2 s each on two busy
  // cores), searches, edits and downloads: 37–95 s measured, more than three times a short test's limit.
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  await page.goto('/');
  await waitForOfflineReady(page);
  const problems = await watchPage(page, origin);

  await context.setOffline(true);
  const { file, fixture } = await teamCycleBackup();
  const cycleId = fixture.cycle.id;
  await openApp(page, '/app/gegevens/');
  await expect(page.getByText('Offline', { exact: true })).toBeVisible();
  await restoreBackup(page, { name: 'team.zip', mimeType: 'application/zip', buffer: file });

  for (const path of builtPages()) {
    const app = path.startsWith('/app/');
    const response = await page.goto(app ? `${path}?cyclus=${cycleId}` : path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
    if (app) {
      await waitForHydration(page);
      await expect(page.getByText('De gegevens in deze browser konden niet gelezen worden')).toHaveCount(0);
    }
  }

  // A deep link into the app and an address that was never built.
  await openApp(page, `/app/beoordelen/m2/?cyclus=${cycleId}#beoordeling`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('M2');
  await page.goto('/bestaat-niet/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');

  await page.goto('/');
  await page
    .getByRole('searchbox', { name: 'Zoek in het referentiekader en de begrippen' })
    .fill('OV4-verslag');
  await page.keyboard.press('Enter');
  await expect(
    page.locator('.search-results').getByRole('link', { name: 'OV4-verslag', exact: true }),
  ).toBeVisible();

  // A new cycle, started and rated offline.
  await openApp(page, '/app/cyclus/nieuw/');
  await page.getByLabel('Titel').fill('Offline gestart');
  await page.getByLabel('Schooljaar').fill('2026-2027');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Naam of alias').fill('Lotte');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  const newCycle = new URL(page.url()).searchParams.get('cyclus') ?? '';
  await openApp(page, `/app/beoordelen/r1/?cyclus=${newCycle}#beoordeling`);
  await page.getByRole('radio', { name: /volgens de verwachting/ }).check();
  await page.getByLabel('Verantwoording').fill('Zonder netwerk beoordeeld.');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByLabel('Verantwoording')).toHaveValue('Zonder netwerk beoordeeld.');

  // The report of the restored team cycle, and every download (their code loads only on click). The report is
  // built in its worker, whose script the service worker serves too: it runs, not the page's fallback.
  const workerScript = context.waitForEvent('response', (response) => /report\.worker/.test(response.url()));
  await openApp(page, `/app/rapport/?cyclus=${cycleId}`);
  await expect(page.getByRole('article', { name: 'Voorbeeld van het rapport' })).toBeVisible();
  const script = await workerScript;
  expect(script.ok() && script.fromServiceWorker()).toBe(true);
  const docx = unzipSync(new Uint8Array(await download(page, 'Word-bestand (.docx)')));
  expect(Object.keys(docx)).toContain('word/document.xml');
  expect((await download(page, 'Beoordelingen als CSV (Excel)')).toString('utf8')).toContain('R1');
  expect(JSON.parse((await download(page, 'Rapport als JSON')).toString('utf8'))).toHaveProperty('sections');

  expect(problems).toEqual(NO_PAGE_PROBLEMS);
});

test('the site is installable: Chromium finds a valid manifest and a service worker', async ({
  playwright,
  baseURL,
}) => {
  // Chromium never offers to install from an incognito-like profile, which Playwright's contexts are.
  const profile = mkdtempSync(join(tmpdir(), 'leersteunspiegel-profile-'));
  const context = await playwright.chromium.launchPersistentContext(
    profile,
    test.info().project.use.launchOptions,
  );
  try {
    const page = await context.newPage();
    await page.goto(baseURL ?? '');
    await waitForOfflineReady(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : undefined;
    });
    expect(manifest).toMatchObject({ name: 'Leersteunspiegel', lang: 'nl-BE', display: 'standalone' });
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
