import { expect, type Page } from '@playwright/test';
import { openApp, waitForHydration } from './open-app';

// Steps of a cycle's life as a user takes them in the app: start it, plan actions, walk it to its end.

/** Starts a cycle on all 17 expectations through the guided flow; returns the cycle's overview address. */
export async function startCycle(
  page: Page,
  options: { mode: 'team' | 'individual'; name: string; schoolYear: string },
): Promise<string> {
  await openApp(page, '/app/cyclus/nieuw/');
  await page.getByLabel('Titel').fill(`Zelfevaluatie ${options.schoolYear}`);
  await page.getByLabel('Schooljaar').fill(options.schoolYear);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  if (options.mode === 'individual') await page.getByRole('radio', { name: /individuele reflectie/ }).check();
  await page.getByLabel('Naam of alias').fill(options.name);
  await page.getByRole('button', { name: 'Zelfevaluatie starten' }).click();
  await page.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  await waitForHydration(page);
  return page.url();
}

/** The same cycle's address for another of its views. */
export const viewOf = (overview: string, path: string): string => overview.replace('/app/cyclus/', path);

/** A team's phases after voorbereiding, and a personal reflection's after reflectie. */
const LATER_PHASES = {
  team: ['bevraging', 'consensus', 'actieplan', 'opvolging', 'afgesloten'],
  individual: ['acties', 'opvolging', 'afgesloten'],
};

/** Moves the cycle on from its first phase to "afgesloten", as the phase buttons on the overview do. */
export async function closeCycle(page: Page, overview: string, mode: 'team' | 'individual'): Promise<void> {
  await openApp(page, overview);
  for (const phase of LATER_PHASES[mode]) {
    await page.getByRole('button', { name: `Naar de volgende fase: ${phase}` }).click();
    await expect(page.getByText(`De zelfevaluatie staat nu in de fase ${phase}.`)).toBeVisible();
  }
  await expect(page.getByText(/^Afgesloten op /)).toBeVisible();
}

/**
 * Adds an action in the open action plan with a status and, if given, a due date, the expectations it
 * belongs to and its evaluation.
 */
export async function addAction(
  page: Page,
  title: string,
  status: string,
  options: { dueDate?: string; codes?: readonly string[]; evaluation?: string } = {},
): Promise<void> {
  await page.getByLabel('Titel van de nieuwe actie').fill(title);
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const editor = page.getByRole('dialog', { name: 'Actie bewerken' });
  await editor.getByLabel('Status').selectOption({ label: status });
  if (options.dueDate) await editor.getByLabel('Einddatum (niet verplicht)').fill(options.dueDate);
  for (const code of options.codes ?? []) {
    await editor.getByRole('checkbox', { name: new RegExp(`^${code} `) }).check();
  }
  if (options.evaluation) await editor.getByLabel('Evaluatie').fill(options.evaluation);
  await expect(editor.getByRole('status').first()).toHaveText('Opgeslagen op dit toestel');
  await editor.getByRole('button', { name: 'Sluiten' }).click();
  await expect(editor).toBeHidden();
}
