import type { Locator } from '@playwright/test';

/** The rows of a table as text, header row first: what a screen reader user reads cell by cell. */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}
