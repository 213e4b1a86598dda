import { test, type Page } from '@playwright/test';

/** Presses a download button and keeps the file in the test's output folder; returns where it is. */
export async function downloadFile(page: Page, button: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}
