import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/build/service-worker';
import { openApp, waitForHydration } from './open-app';
import { restoreBackup } from './sample-data';
import { waitForOfflineReady } from './service-worker';
import { serveSite, type SiteServer } from './static-site-server';
import { teamCycleBackup } from './team-cycle-backup';
import { sayWhoIAm } from './who-am-i';

test.use({ serviceWorkers: 'allow' });

const DIST = join(import.meta.dirname, '../../dist');

/**
 * A second release of the site: this build with every page marked `data-build="2"` and its service worker
 * generated again, as the next `npm run build` would — so the browser sees a new version to install.
 */
async function secondBuild(folder: string): Promise<string> {
  const two = join(folder, 'two');
  cpSync(DIST, two, { recursive: true });
  for (const entry of readdirSync(two, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.html')) continue;
    const path = join(two, entry);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('<html lang="nl-BE"', '<html data-build="2" lang="nl-BE"'),
    );
  }
  await writeServiceWorker(two);
  return two;
}

const buildOf = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.documentElement.dataset.build);

let folder: string;
let site: SiteServer;

test.beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'leersteunspiegel-update-'));
  site = await serveSite(DIST);
});

test.afterEach(async () => {
  await site.close();
  rmSync(folder, { recursive: true, force: true });
});

test('a new version is offered, waits for unsaved edits, and keeps every record and draft of the first', async ({
  context,
}) => {
  test.slow(true, 'serves two builds one after the other and waits for the service worker of each');
  const { file, fixture } = await teamCycleBackup();
  const cycle = fixture.cycle.id;
  const rating = await context.newPage();
  await rating.goto(`${site.origin}/`);
  await waitForOfflineReady(rating);
  await openApp(rating, `${site.origin}/app/gegevens/`);
  await restoreBackup(rating, { name: 'team.zip', mimeType: 'application/zip', buffer: file });

  // Two tabs of the first version: one rating (autosaved), one with new evidence typed but not yet saved.
  await openApp(rating, `${site.origin}/app/beoordelen/r1/?cyclus=${cycle}#beoordeling`);
  await sayWhoIAm(rating, /^Ann Peeters/);
  const evidence = await context.newPage();
  await openApp(evidence, `${site.origin}/app/bronnen/?cyclus=${cycle}`);
  await evidence.getByRole('button', { name: 'Nieuwe bron toevoegen' }).click();
  await evidence.getByLabel('Titel').fill('Verslag overleg na de update');
  expect(await buildOf(rating)).toBeUndefined();

  site.root = await secondBuild(folder);
  await rating.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  for (const tab of [rating, evidence]) {
    await expect(tab.getByText('Er is een nieuwe versie van Leersteunspiegel klaar.')).toBeVisible();
  }

  // The rating tab saves what was just typed, then reloads into the new version.
  const justification = rating.getByLabel('Verantwoording');
  await justification.fill('Getypt vlak voor de update.');
  const ratingReloaded = rating.waitForEvent('load');
  await rating.getByRole('button', { name: 'Nu vernieuwen' }).click();
  await ratingReloaded;
  expect(await buildOf(rating)).toBe('2');
  await waitForHydration(rating);
  await expect(rating.getByLabel('Verantwoording')).toHaveValue('Getypt vlak voor de update.');

  // The other tab learns that the new version took over. Its new evidence, typed and not saved, is kept as a
  // draft, so it reloads too and finds the text back in the new version.
  await expect(evidence.getByText('actief in een ander tabblad')).toBeVisible();
  const evidenceReloaded = evidence.waitForEvent('load');
  await evidence.getByRole('button', { name: 'Nu vernieuwen' }).click();
  await evidenceReloaded;
  expect(await buildOf(evidence)).toBe('2');
  await waitForHydration(evidence);
  await expect(evidence.getByLabel('Titel')).toHaveValue('Verslag overleg na de update');
  await evidence.getByRole('checkbox', { name: /^R1/ }).check();
  await evidence.getByRole('button', { name: 'Bewaren' }).click();
  // Saved: the form has closed and the new source is in the library.
  await expect(evidence.getByRole('heading', { name: 'Verslag overleg na de update' })).toBeVisible();

  // Everything the first version stored is there in the second.
  for (const item of fixture.input.evidence)
    await expect(evidence.getByText(item.title).first()).toBeVisible();
  await openApp(rating, `${site.origin}/app/deelnemers/?cyclus=${cycle}`);
  for (const participant of fixture.input.participants) {
    await expect(rating.getByText(participant.name).first()).toBeVisible();
  }
});
