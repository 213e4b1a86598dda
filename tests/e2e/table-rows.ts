import { expect, type Locator } from '@playwright/test';

/**
 * The rows of a table as text, header row first: what a screen reader user reads cell by cell. Waits until the
 * table is in the page, since a view fills its tables once it has read this device's data.
 */
export async function tableRows(table: Locator): Promise<string[][]> {
  await expect(table.locator('tr').first()).toBeAttached();
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}
