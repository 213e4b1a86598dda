import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { openApp } from './open-app';

/** A backup made by schema version 1: a profile, one team cycle (R1–R3) with two participants, evidence with a PDF, an action. */
export const SAMPLE_BACKUP = join(import.meta.dirname, '../fixtures/backups/v1-sample.zip');

/** The id of the cycle in SAMPLE_BACKUP. */
export const SAMPLE_CYCLE_ID = 'cbe06c00-ce6c-4cef-8d8b-3436f34aa435';

/** Restores a backup file through the data view, as a user would. */
export async function restoreBackup(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  mode: 'Vervangen' | 'Samenvoegen' = 'Vervangen',
): Promise<void> {
  await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(file);
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByText('De back-up is teruggezet.')).toBeVisible();
}

/** Fills this browser with the sample data, through the data view. */
export async function loadSampleData(page: Page): Promise<void> {
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, SAMPLE_BACKUP);
}
