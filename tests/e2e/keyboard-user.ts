import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the element has focus, as a keyboard user moves through a page; fails if it never does. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Chooses files in a file field by opening it from the keyboard. */
export async function chooseFiles(
  page: Page,
  field: Locator,
  files: { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  await tabTo(page, field);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(files);
}
