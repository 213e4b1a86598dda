import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openApp } from './open-app';
import { loadSampleData } from './sample-data';

/** Safari on an iPad, which presents itself as a Mac. */
const IPAD_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15';
/** Chrome on an iPad: WebKit too, but not Safari. */
const IPAD_CHROME =
  'Mozilla/5.0 (iPad; CPU OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/136.0.7103.56 Mobile/15E148 Safari/604.1';

const SAFARI_NOTICE = 'Safari wist je gegevens na zeven dagen zonder bezoek';

/** Opens an app page and waits until its notices know whether they apply. */
async function openChecked(page: Page, path: string): Promise<void> {
  await openApp(page, path);
  await expect(page.locator('.storage-notices[data-checked="true"]')).toHaveCount(1);
}

/** Opens pages as the Home Screen web app (`standalone`) or as a tab. */
async function runAs(page: Page, standalone: boolean): Promise<void> {
  await page.addInitScript((value) => {
    Object.defineProperty(navigator, 'standalone', { value, configurable: true });
  }, standalone);
}

test.describe('in Safari', () => {
  test.use({ userAgent: IPAD_SAFARI });

  test('a tab tells about the 7-day rule and the Home Screen, on app pages until put away and always on the data page', async ({
    page,
  }) => {
    await runAs(page, false);
    await openChecked(page, '/app/');
    const notice = page.getByRole('region', { name: SAFARI_NOTICE });
    await expect(notice).toContainText('Deel › Zet op beginscherm');
    await expect(notice).toContainText('Breng ze over met een back-up');
    await expect(notice).toContainText('webkit.org');

    await openChecked(page, '/app/gegevens/');
    await expect(page.getByRole('region', { name: SAFARI_NOTICE })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Begrepen, verberg deze melding' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await openChecked(page, '/app/profiel/');
    await page.getByRole('button', { name: 'Begrepen, verberg deze melding' }).click();
    await expect(page.getByRole('region', { name: SAFARI_NOTICE })).toHaveCount(0);
    await openChecked(page, '/app/');
    await expect(page.getByRole('region', { name: SAFARI_NOTICE })).toHaveCount(0);
    await openChecked(page, '/app/gegevens/');
    await expect(page.getByRole('region', { name: SAFARI_NOTICE })).toBeVisible();
  });

  test('the Home Screen web app, which the rule spares, says nothing about it', async ({ page }) => {
    await runAs(page, true);
    await openChecked(page, '/app/gegevens/');
    await expect(page.getByRole('region', { name: SAFARI_NOTICE })).toHaveCount(0);
  });
});

test.describe('in Chrome on an iPad', () => {
  test.use({ userAgent: IPAD_CHROME });

  test('the Safari notice does not appear', async ({ page }) => {
    await runAs(page, false);
    await openChecked(page, '/app/gegevens/');
    await expect(page.getByRole('region', { name: SAFARI_NOTICE })).toHaveCount(0);
  });
});

test('where the browser may delete the data, a reminder appears once the last backup is more than seven days old', async ({
  page,
}) => {
  test.slow(true, 'restores the sample data, makes a backup and opens the app at three moments');
  await page.addInitScript(() => {
    navigator.storage.persisted = () => Promise.resolve(false);
  });
  // The sample data was made on 24 November 2026.
  await page.clock.setFixedTime(new Date('2026-11-27T09:00:00Z'));
  await loadSampleData(page);
  await openChecked(page, '/app/gegevens/');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back-up downloaden' }).click();
  await expect(page.getByText(/^Back-up gemaakt:/)).toBeVisible();

  await page.clock.setFixedTime(new Date('2026-12-03T09:00:00Z'));
  await openChecked(page, '/app/');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  await page.clock.setFixedTime(new Date('2026-12-04T09:00:01Z'));
  await openChecked(page, '/app/');
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('meer dan 7 dagen geen back-up');
  await expectNoAxeViolations(page);
  await reminder.getByRole('link', { name: 'Maak nu een back-up' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gegevens en back-up' })).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toBeVisible();
});

test('where the browser keeps the data persistently, no reminder appears', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.storage.persisted = () => Promise.resolve(true);
  });
  await page.clock.setFixedTime(new Date('2027-03-01T09:00:00Z'));
  await loadSampleData(page);
  await openChecked(page, '/app/');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});
