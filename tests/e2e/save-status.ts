import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the view (or the part of it given) says its autosave stored the last change. */
export async function expectSaved(scope: Page | Locator): Promise<void> {
  await expect(scope.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
}
