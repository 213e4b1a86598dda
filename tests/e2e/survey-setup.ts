import { expect, type Page } from '@playwright/test';
import { openApp } from './open-app';

/** Sets up a bevraging of a group through the form; leaves the list showing it. */
export async function createSurvey(page: Page, cycleId: string, group: string): Promise<void> {
  await openApp(page, `/app/bevragingen/?cyclus=${cycleId}`);
  await page.getByRole('button', { name: 'Nieuwe bevraging' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe bevraging' });
  await expect(page.getByRole('heading', { name: 'Nieuwe bevraging' })).toBeFocused();
  await form.getByRole('radio', { name: group, exact: true }).check();
  await form.getByLabel('Hoeveel mensen vraag je?').fill('20');
  await form.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is bewaard' })).toHaveText(
    `De bevraging van ${group} is bewaard.`,
  );
}
