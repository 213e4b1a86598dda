import { readFileSync } from 'node:fs';
import { expect, type Browser, type Page } from '@playwright/test';
import { openApp, waitForHydration } from './open-app';
import { tabTo } from './keyboard-user';
import { expectSaved } from './save-status';

/** A file as Playwright hands it to a file field. */
export interface FileToChoose {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The levels by their place on the scale, 1 (beneden) to 4 (overstijgt). */
export type Level = 1 | 2 | 3;

/** The cycle id in an app view's address. */
export function cycleIdOf(page: Page): string {
  return new URL(page.url()).searchParams.get('cyclus') ?? '';
}

/** Starts a team cycle on a focus through the guided flow; returns its id. */
export async function createTeamCycle(page: Page, title: string, focus: readonly string[]): Promise<string> {
  await openApp(page, '/app/cyclus/nieuw/');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Schooljaar').fill('2026-2027');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /^Een focus/ }).check();
  for (const code of focus) await page.getByRole('checkbox', { name: new RegExp(`^${code} — `) }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Naam of alias').fill('Coördinator Els');
  await page.getByRole('button', { name: 'Zelfevaluatie starten' }).click();
  await page.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  return cycleIdOf(page);
}

/** Clicks a button that downloads a file and returns the file as the user's browser saved it. */
export async function downloadFrom(page: Page, button: string): Promise<FileToChoose> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  return {
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: readFileSync(await file.path()),
  };
}

/** The coordinator's invitation for a team cycle, anonymous contributions allowed when asked. */
export async function downloadInvitation(
  page: Page,
  cycleId: string,
  options: { anonymous?: boolean } = {},
): Promise<FileToChoose> {
  await openApp(page, `/app/bijdragen/?cyclus=${cycleId}`);
  if (options.anonymous) {
    await page.getByRole('checkbox', { name: 'Anonieme bijdragen toestaan' }).check();
    await expect(page.getByText('Anonieme bijdragen zijn nu toegestaan.')).toBeVisible();
  }
  return downloadFrom(page, 'Uitnodiging downloaden');
}

/** Opens an invitation on the cycle list of this browser, under a name; returns the member cycle's id. */
export async function openInvitation(page: Page, invitation: FileToChoose, name: string): Promise<string> {
  await openApp(page, '/app/');
  await page.getByLabel('Kies het uitnodigingsbestand (.json)').setInputFiles(invitation);
  await page.getByLabel('Je naam of alias').fill(name);
  await page.getByRole('button', { name: 'Beginnen met beoordelen' }).click();
  await page.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  return cycleIdOf(page);
}

const LEVEL_LABELS = ['beneden de verwachting', 'benadert de verwachting', 'volgens de verwachting'];

/**
 * Rates one expectation with the keyboard: Tab to the scale's checked answer, arrow keys to the level, then a
 * justification and, when given, strengths (one statement a line).
 */
export async function rateWithKeyboard(
  page: Page,
  cycleId: string,
  code: string,
  level: Level,
  strengths?: string,
): Promise<void> {
  await page.goto(`/app/beoordelen/${code.toLowerCase()}/?cyclus=${cycleId}#beoordeling`);
  await waitForHydration(page);
  await tabTo(page, page.locator('input[name="rating"]:checked'));
  const target = page.getByRole('radio', { name: new RegExp(LEVEL_LABELS[level - 1] ?? '') });
  // The arrow keys go round the scale; at most one round reaches every answer.
  for (let presses = 0; presses < 8 && !(await target.isChecked()); presses++)
    await page.keyboard.press('ArrowUp');
  await expect(target).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Verantwoording')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(`Niveau ${level} voor ${code}.`);
  if (strengths !== undefined) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Sterktes' })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(strengths);
  }
  await expectSaved(page);
}

/** Exports the contribution from a member cycle's overview, in a role, named or anonymous. */
export async function exportContribution(
  page: Page,
  cycleId: string,
  options: { role?: string; anonymous?: boolean } = {},
): Promise<FileToChoose> {
  await openApp(page, `/app/cyclus/?cyclus=${cycleId}`);
  const section = page.getByRole('region', { name: 'Je bijdrage voor het team' });
  if (options.role) await section.getByLabel('Je rol').selectOption({ label: options.role });
  if (options.anonymous) await section.getByRole('checkbox', { name: /^Anoniem bijdragen/ }).check();
  const file = await downloadFrom(page, 'Bijdrage downloaden');
  await expect(section.getByText(`Bijdrage gedownload: ${file.name}.`)).toBeVisible();
  return file;
}

/** A team member on their own laptop: a separate browser context, with its own database. */
export interface Member {
  name: string;
  role?: string;
  anonymous?: boolean;
  ratings: Record<string, Level>;
  /** What the member writes as strengths, per expectation code. */
  strengths?: Record<string, string>;
}

/**
 * Produces a member's contribution file the way a member does, in a browser context of their own: open the
 * invitation, rate by keyboard, export. Returns the file and the member's page and cycle, for a re-export.
 */
export async function contributionOf(
  browser: Browser,
  baseURL: string | undefined,
  invitation: FileToChoose,
  member: Member,
): Promise<{ file: FileToChoose; page: Page; cycleId: string }> {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'nl-BE' });
  const page = await context.newPage();
  const cycleId = await openInvitation(page, invitation, member.name);
  for (const [code, level] of Object.entries(member.ratings))
    await rateWithKeyboard(page, cycleId, code, level, member.strengths?.[code]);
  const file = await exportContribution(page, cycleId, member);
  return { file, page, cycleId };
}

/** Chooses contribution files on the team cycle's contributions page and waits until they are read. */
export async function chooseContributions(page: Page, files: FileToChoose[]): Promise<void> {
  await page.getByLabel(/^Kies bijdragebestanden/).setInputFiles(files);
  await expect(page.getByRole('heading', { name: 'Wat wordt er ingelezen?' })).toBeFocused();
}

/** Ticks "protect with a passphrase" in a member cycle's contribution section and types the passphrase twice. */
export async function protectContribution(page: Page, passphrase: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Je bijdrage voor het team' });
  await section.getByRole('checkbox', { name: 'Beveilig je bijdrage met een wachtwoordzin' }).check();
  await section.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
  await section.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
}

/** Exports the contribution from a member cycle's overview, encrypted with a passphrase. */
export async function exportEncryptedContribution(
  page: Page,
  cycleId: string,
  passphrase: string,
): Promise<FileToChoose> {
  await openApp(page, `/app/cyclus/?cyclus=${cycleId}`);
  await protectContribution(page, passphrase);
  const file = await downloadFrom(page, 'Bijdrage downloaden');
  await expect(page.getByText(`Versleutelde bijdrage gedownload: ${file.name}.`)).toBeVisible();
  return { ...file, mimeType: 'application/octet-stream' };
}
