import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { openApp } from './open-app';
import { SAMPLE_BACKUP, restoreBackup } from './sample-data';

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** The backup's records, without the device settings (making a backup itself records when it was made). */
function dataJson(path: string): string {
  const data = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(path))['data.json'])) as {
    tables: Record<string, unknown>;
  };
  delete data.tables.settings;
  return JSON.stringify(data);
}

test('backup, delete everything, restore: everything comes back, attachments included', async ({ page }) => {
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, SAMPLE_BACKUP);
  await expect(page.getByTestId('count-attachments')).toHaveText('1');
  await expect(page.getByTestId('count-assessments')).toHaveText('2');

  const backup = await download(page, () => page.getByRole('button', { name: 'Back-up downloaden' }).click());
  expect(backup).toMatch(/leersteunspiegel-backup-\d{4}-\d{2}-\d{2}\.zip$/);

  await page.getByLabel('Ik begrijp dat alle gegevens op dit toestel verdwijnen.').check();
  const lastChance = await download(page, () =>
    page.getByRole('button', { name: 'Alles verwijderen' }).click(),
  );
  await expect(page.getByText('Alle gegevens zijn verwijderd.')).toBeVisible();
  for (const table of ['lscProfiles', 'cycles', 'assessments', 'attachments']) {
    await expect(page.getByTestId(`count-${table}`)).toHaveText('0');
  }
  expect(dataJson(lastChance)).toBe(dataJson(backup));

  await restoreBackup(page, backup);
  await expect(page.getByTestId('count-attachments')).toHaveText('1');
  const again = await download(page, () => page.getByRole('button', { name: 'Back-up downloaden' }).click());
  // data.json holds every record and each attachment's SHA-256: equal files mean the same data, byte for byte.
  expect(dataJson(again)).toBe(dataJson(backup));

  await openApp(page, '/app/profiel/');
  await expect(page.getByLabel('Naam van het leersteuncentrum')).toHaveValue('LSC Voorbeeld');
});

test('a file that is not a backup gets a Dutch message and changes nothing', async ({ page }) => {
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, SAMPLE_BACKUP);
  await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles({
    name: 'verslag.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('PK\u0003\u0004 dit is geen echte back-up'),
  });
  await expect(page.getByRole('alert')).toContainText('Het back-upbestand is beschadigd of onvolledig');
  await expect(page.getByRole('alert')).toContainText('Er is niets gewijzigd aan je gegevens.');
  await expect(page.getByRole('button', { name: 'Terugzetten' })).toHaveCount(0);
  await expect(page.getByTestId('count-cycles')).toHaveText('1');
});

test('a restore keeps an automatic backup of what was there before, to download', async ({ page }) => {
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, SAMPLE_BACKUP);
  await restoreBackup(page, SAMPLE_BACKUP, 'Samenvoegen');
  await expect(page.getByText('Er waren geen verschillen tussen beide kanten.')).toBeVisible();
  const snapshots = page.getByRole('region', { name: 'Automatische back-ups' }).getByRole('listitem');
  await expect(snapshots).toHaveCount(2);
  const file = await download(page, () =>
    snapshots.first().getByRole('button', { name: 'Downloaden' }).click(),
  );
  expect(dataJson(file)).toContain('LSC Voorbeeld');
});

test('when the browser refuses the automatic backup, as in a private window, the user is told first and chooses to restore without it', async ({
  page,
}) => {
  // WebKit's private storage refuses to store some data; while the flag is set, the snapshots store does.
  await page.addInitScript(() => {
    const flag = window as unknown as { refuseSnapshots?: boolean };
    const original = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if (flag.refuseSnapshots && this.name === 'snapshots') {
        throw new DOMException('Error preparing Blob/File data to be stored in object store', 'UnknownError');
      }
      return original.apply(this, args);
    };
  });
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, SAMPLE_BACKUP);
  await page.evaluate(() => ((window as unknown as { refuseSnapshots: boolean }).refuseSnapshots = true));

  await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(SAMPLE_BACKUP);
  await page.getByRole('radio', { name: /^Samenvoegen/ }).check();
  await page.getByRole('button', { name: 'Terugzetten' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'De browser weigert de automatische back-up van je huidige gegevens te bewaren',
  );
  await expect(alert).toContainText(
    'UnknownError: Error preparing Blob/File data to be stored in object store',
  );
  await expect(alert).toContainText('Er is nog niets teruggezet.');
  await expect(page.getByText('De back-up is teruggezet.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Toch terugzetten, zonder automatische back-up' }).click();
  await expect(page.getByText('De back-up is teruggezet.')).toBeVisible();
  await expect(page.getByText('werd geen automatische back-up bewaard')).toBeVisible();
  await expect(page.getByTestId('count-attachments')).toHaveText('1');
  // Only the automatic backup of the first restore, none of the second.
  const snapshots = page.getByRole('region', { name: 'Automatische back-ups' }).getByRole('listitem');
  await expect(snapshots).toHaveCount(1);
});

test('an encrypted backup asks for its passphrase: a wrong one is refused, the right one restores', async ({
  page,
}) => {
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, SAMPLE_BACKUP);
  await page.getByLabel('Beveilig de back-up met een wachtwoordzin').check();
  const passphrase = page.getByLabel('Wachtwoordzin', { exact: true });
  const repeat = page.getByLabel('Herhaal de wachtwoordzin');
  await passphrase.fill('te kort');
  await repeat.fill('te kort');
  await page.getByRole('button', { name: 'Back-up downloaden' }).click();
  await expect(passphrase).toBeFocused();
  await expect(passphrase).toHaveAccessibleDescription(/De wachtwoordzin is te kort/);
  await passphrase.fill('zeven groene kikkers dansen');
  await repeat.fill('zeven groene kikkers zingen');
  await page.getByRole('button', { name: 'Back-up downloaden' }).click();
  await expect(repeat).toBeFocused();
  await expect(repeat).toHaveAccessibleDescription(/De twee wachtwoordzinnen zijn niet gelijk/);
  await repeat.fill('zeven groene kikkers dansen');
  const encrypted = await download(page, () =>
    page.getByRole('button', { name: 'Back-up downloaden' }).click(),
  );
  expect(encrypted).toMatch(/leersteunspiegel-backup-\d{4}-\d{2}-\d{2}\.zip\.enc$/);
  await expect(page.getByText('Versleutelde back-up gemaakt')).toBeVisible();
  const bytes = readFileSync(encrypted);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('LSPCRYPT');
  expect(bytes.includes('LSC Voorbeeld')).toBe(false);

  await page.getByLabel('Ik begrijp dat alle gegevens op dit toestel verdwijnen.').check();
  await download(page, () => page.getByRole('button', { name: 'Alles verwijderen' }).click());
  await expect(page.getByTestId('count-cycles')).toHaveText('0');

  await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(encrypted);
  const unlock = page.getByLabel('Wachtwoordzin van de back-up');
  await unlock.fill('zeven groene kikkers zingen');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('alert')).toContainText('De wachtwoordzin klopt niet.');
  await expect(page.getByRole('alert')).toContainText('Er is niets gewijzigd aan je gegevens.');
  await expect(page.getByTestId('count-cycles')).toHaveText('0');

  await unlock.fill('zeven groene kikkers dansen');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('radio', { name: /^Vervangen/ }).check();
  await page.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByText('De back-up is teruggezet.')).toBeVisible();
  await expect(page.getByTestId('count-cycles')).toHaveText('1');
  await expect(page.getByTestId('count-attachments')).toHaveText('1');
});

test('an encrypted backup changed after it was made is refused as damaged, not as a wrong passphrase', async ({
  page,
}) => {
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, SAMPLE_BACKUP);
  await page.getByLabel('Beveilig de back-up met een wachtwoordzin').check();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('zeven groene kikkers dansen');
  await page.getByLabel('Herhaal de wachtwoordzin').fill('zeven groene kikkers dansen');
  const encrypted = await download(page, () =>
    page.getByRole('button', { name: 'Back-up downloaden' }).click(),
  );
  const tampered = readFileSync(encrypted);
  tampered[tampered.length - 100]! ^= 0xff;
  await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles({
    name: 'leersteunspiegel-backup.zip.enc',
    mimeType: 'application/octet-stream',
    buffer: tampered,
  });
  await page.getByLabel('Wachtwoordzin van de back-up').fill('zeven groene kikkers dansen');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'De wachtwoordzin klopt, maar het bestand is beschadigd',
  );
  await expect(page.getByRole('button', { name: 'Terugzetten' })).toHaveCount(0);
  await expect(page.getByTestId('count-cycles')).toHaveText('1');
});
