import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openApp } from './open-app';
import {
  contributionOf,
  createTeamCycle,
  downloadInvitation,
  exportEncryptedContribution,
  openInvitation,
  protectContribution,
  rateWithKeyboard,
  type FileToChoose,
} from './team-contributions';
import { NO_PAGE_PROBLEMS, watchPage } from './watch-page';

const TEAM_PASSPHRASE = 'zeven groene kikkers dansen';
const OWN_PASSPHRASE = 'mijn eigen geheime zin 2026';

/** A member on a laptop of their own: a fresh browser context with the invitation opened under a name. */
async function memberWith(
  browser: Browser,
  baseURL: string | undefined,
  invitation: FileToChoose,
  name: string,
): Promise<{ page: Page; cycleId: string }> {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'nl-BE' });
  const page = await context.newPage();
  return { page, cycleId: await openInvitation(page, invitation, name) };
}

test('members protect contributions with a passphrase; the coordinator opens the batch with the team passphrase, asks once more for a file that needs its own, and refuses a changed file by name', async ({
  page,
  browser,
  baseURL,
}) => {
  // Three people on their own browsers, each encrypting a file (a key derivation each); one batch opened.
  test.setTimeout(240_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  const teamCycleId = await createTeamCycle(page, 'Teamzelfevaluatie 2026-2027', ['M2', 'S1']);
  const invitation = await downloadInvitation(page, teamCycleId);

  // An writes an e-mail address in a judgement: the export shows it, with a link to her own rating page, first.
  const an = await memberWith(browser, baseURL, invitation, 'An Peeters');
  await rateWithKeyboard(an.page, an.cycleId, 'M2', 3);
  await an.page.getByLabel('Verantwoording').fill('Besproken met an.peeters@school.be op het overleg.');
  await expect(an.page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
  await openApp(an.page, `/app/cyclus/?cyclus=${an.cycleId}`);
  await protectContribution(an.page, TEAM_PASSPHRASE);
  await an.page.getByRole('button', { name: 'Bijdrage downloaden' }).click();
  const review = an.page.getByRole('region', { name: 'Mogelijke persoonsgegevens' });
  await expect(review.getByRole('heading', { name: 'Mogelijke persoonsgegevens' })).toBeFocused();
  await expect(review.getByRole('link', { name: /^Aanpassen: Verantwoording bij M2/ })).toHaveAttribute(
    'href',
    `/app/beoordelen/m2/?cyclus=${an.cycleId}#beoordeling`,
  );
  await expectNoAxeViolations(an.page);
  const download = an.page.waitForEvent('download');
  await review.getByRole('button', { name: 'Toch exporteren' }).click();
  const anFile = await download;
  await expect(an.page.getByText(/^Versleutelde bijdrage gedownload: /)).toBeVisible();
  const anBytes = readFileSync(await anFile.path());
  expect(anFile.suggestedFilename()).toBe('bijdrage-teamzelfevaluatie-2026-2027-an-peeters.json.enc');
  expect(anBytes.subarray(0, 8).toString('latin1')).toBe('LSPCRYPT');
  expect(anBytes.toString('latin1')).not.toContain('school.be');
  const anEncrypted = {
    name: anFile.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: anBytes,
  };

  // Bram chose a passphrase of his own; Cas sends hers unprotected; a copy of An's file was changed on the way.
  const bram = await memberWith(browser, baseURL, invitation, 'Bram Claes');
  await rateWithKeyboard(bram.page, bram.cycleId, 'S1', 2);
  const bramFile = await exportEncryptedContribution(bram.page, bram.cycleId, OWN_PASSPHRASE);
  const cas = await contributionOf(browser, baseURL, invitation, { name: 'Cas', ratings: { M2: 1 } });
  const changed = Buffer.from(anBytes);
  changed[changed.length - 20]! ^= 0x01;
  const changedFile = { ...anEncrypted, name: 'bijdrage-an-via-usb.json.enc', buffer: changed };

  await openApp(page, `/app/bijdragen/?cyclus=${teamCycleId}`);
  await page
    .getByLabel(/^Kies bijdragebestanden/)
    .setInputFiles([anEncrypted, bramFile, cas.file, changedFile]);
  await expect(page.getByRole('heading', { name: 'Versleutelde bijdragen openen' })).toBeFocused();
  await expect(page.getByText(/^3 bestanden zijn versleuteld: /)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText('Vul de wachtwoordzin in.')).toBeVisible();
  await expect(page.getByLabel('Wachtwoordzin van de versleutelde bijdragen')).toBeFocused();
  await page.getByLabel('Wachtwoordzin van de versleutelde bijdragen').fill(TEAM_PASSPHRASE);
  await page.getByRole('button', { name: 'Openen' }).click();

  // Only Bram's file is left: the coordinator is asked for its own passphrase, the file named.
  const bramField = page.getByLabel(`Wachtwoordzin van ${bramFile.name}`);
  await expect(bramField).toBeVisible();
  await expect(page.getByLabel(/^Wachtwoordzin van /)).toHaveCount(1);
  await expect(bramField).toHaveAccessibleDescription(
    /bram-claes\.json\.enc: de wachtwoordzin past niet bij dit versleutelde bestand\./,
  );
  await expectNoAxeViolations(page);
  await bramField.fill(OWN_PASSPHRASE);
  await page.getByRole('button', { name: 'Openen' }).click();

  await expect(page.getByRole('heading', { name: 'Wat wordt er ingelezen?' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Nieuw (3)' })).toBeVisible();
  await expect(
    page.getByText(
      'bijdrage-an-via-usb.json.enc: dit versleutelde bestand is beschadigd of werd na het versleutelen gewijzigd. Vraag de indiener om de bijdrage opnieuw te exporteren.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: '3 bijdragen inlezen' }).click();
  await expect(page.getByText('3 toegevoegd, 0 vervangen, 1 overgeslagen.')).toBeVisible();
  const received = page.getByRole('table', { name: /Ingelezen bijdragen/ });
  await expect(received.getByRole('rowheader')).toHaveText(['An Peeters', 'Bram Claes', 'Cas']);
  expect(problems).toEqual(NO_PAGE_PROBLEMS);
});

test('a coordinator who does not have the passphrase goes on without the encrypted files, and is told which stayed out', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two people on their own browsers and an encrypted file the coordinator cannot open.
  test.setTimeout(120_000);
  const teamCycleId = await createTeamCycle(page, 'Teamzelfevaluatie 2026-2027', ['M2']);
  const invitation = await downloadInvitation(page, teamCycleId);
  const member = await memberWith(browser, baseURL, invitation, 'Dirk');
  const file = await exportEncryptedContribution(member.page, member.cycleId, TEAM_PASSPHRASE);

  await openApp(page, `/app/bijdragen/?cyclus=${teamCycleId}`);
  await page.getByLabel(/^Kies bijdragebestanden/).setInputFiles([file]);
  await page.getByRole('button', { name: 'Verder zonder deze bestanden' }).click();
  await expect(page.getByRole('heading', { name: 'Wat wordt er ingelezen?' })).toBeFocused();
  await expect(
    page.getByText(
      `${file.name}: dit bestand is versleuteld en werd niet geopend: zonder de wachtwoordzin kan het niet worden ingelezen.`,
    ),
  ).toBeVisible();
  await expect(page.getByText('Er valt niets in te lezen.')).toBeVisible();
});
