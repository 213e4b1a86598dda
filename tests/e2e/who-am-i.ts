import { expect, type Page } from '@playwright/test';

/**
 * Answers "Wie ben jij op dit toestel?": after a restore, in a fresh browser or after "alles verwijderen" the app
 * asks before anything is written under a person's name, since a backup never says who uses a device.
 */
export async function sayWhoIAm(page: Page, participant: string | RegExp): Promise<void> {
  const ask = page.getByRole('form', { name: 'Wie ben jij op dit toestel?' });
  await ask.getByRole('radio', { name: participant }).check();
  await ask.getByRole('button', { name: 'Dit ben ik' }).click();
  await expect(ask).toHaveCount(0);
}
