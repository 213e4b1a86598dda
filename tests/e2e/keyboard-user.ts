import { expect, type FileChooser, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the element has focus, as a keyboard user moves through a page; fails if it never does. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Pages whose file choosers Playwright intercepts for as long as they live. */
const interceptedPages = new WeakSet<Page>();

/**
 * Chooses files in a file field by opening it from the keyboard. The page keeps one listener for the whole
 * test, so Playwright intercepts its file choosers from the first press on: with a listener only while waiting,
 * interception was switched off and on around every choice, and a Space press that came before it was on again
 * opened a real chooser, behind which headless Chromium held every later one. Choosing 16 times in a row failed
 * in 7 of 10 runs on a busy two-core machine that way, and in none of 10 with the lasting listener.
 */
export async function chooseFiles(
  page: Page,
  field: Locator,
  files: Parameters<FileChooser['setFiles']>[0],
): Promise<void> {
  if (!interceptedPages.has(page)) {
    interceptedPages.add(page);
    page.on('filechooser', () => {});
  }
  await tabTo(page, field);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(files);
}
