import { expect, type Page } from '@playwright/test';

/**
 * Opens an app view and waits until every island has hydrated: before that, a change event (a chosen file,
 * a typed letter) reaches static HTML with no handler and is lost, which no user on a real laptop sees.
 */
export async function openApp(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

/** Waits until every island on the page has hydrated (after a reload or a link followed). */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * Waits until a page shows all it will show without the user doing anything: islands hydrated, no view still
 * reading its data ("Laden…") and no chart still being drawn (`aria-busy`). What a user sees settle, not a pause.
 */
export async function waitForPageSettled(page: Page): Promise<void> {
  await waitForHydration(page);
  await expect(page.locator('.app-loading')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
