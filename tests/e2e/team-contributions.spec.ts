import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openApp } from './open-app';
import {
  chooseContributions,
  contributionOf,
  createTeamCycle,
  downloadInvitation,
  exportContribution,
  rateWithKeyboard,
  type FileToChoose,
} from './team-contributions';

const FOCUS = ['R1', 'R2', 'M2'];

/** The received-contributions table's row of one participant. */
const rowOf = (page: Page, name: string) =>
  page.getByRole('table', { name: /Ingelezen bijdragen/ }).getByRole('row', { name: new RegExp(`^${name}`) });

test('a team self-evaluates by files: invitation, three members on their own laptops, all contributions read in at once', async ({
  page,
  browser,
  baseURL,
}) => {
  // Four people on their own browsers, each through the app; the coordinator reads in every file.
  test.setTimeout(240_000);
  const teamCycleId = await createTeamCycle(page, 'Teamzelfevaluatie 2026-2027', FOCUS);
  await page.goto(`/app/bijdragen/?cyclus=${teamCycleId}`);
  await expect(
    page.getByRole('navigation', { name: 'Deze zelfevaluatie' }).getByRole('link', { name: 'Bijdragen' }),
  ).toHaveAttribute('aria-current', 'page');
  const invitation = await downloadInvitation(page, teamCycleId, { anonymous: true });
  expect(invitation.name).toBe('uitnodiging-teamzelfevaluatie-2026-2027.json');
  await expectNoAxeViolations(page);

  const an = await contributionOf(browser, baseURL, invitation, {
    name: 'An Peeters',
    ratings: { R1: 3, R2: 2, M2: 3 },
  });
  await expectNoAxeViolations(an.page);
  // Opening the same invitation again leads to the cycle made before, and makes no second one.
  await openApp(an.page, '/app/');
  await an.page.getByLabel('Kies het uitnodigingsbestand (.json)').setInputFiles(invitation);
  await expect(an.page.getByText(/Je opende deze uitnodiging al op dit toestel/)).toBeVisible();
  await expect(
    an.page.getByRole('list', { name: 'Zelfevaluaties op dit toestel' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expectNoAxeViolations(an.page);

  const bram = await contributionOf(browser, baseURL, invitation, {
    name: 'Bram Claes',
    role: 'directie',
    ratings: { R1: 1, M2: 2 },
  });
  const cas = await contributionOf(browser, baseURL, invitation, {
    name: 'Cas',
    role: 'medewerker',
    anonymous: true,
    ratings: { R1: 2, R2: 3, M2: 1 },
  });
  expect(an.file.name).toBe('bijdrage-teamzelfevaluatie-2026-2027-an-peeters.json');
  expect(cas.file.name).toMatch(/^bijdrage-teamzelfevaluatie-2026-2027-anoniem-[0-9a-f]{4}\.json$/);
  expect(cas.file.buffer.toString('utf8')).not.toContain('Cas');

  await page.goto(`/app/bijdragen/?cyclus=${teamCycleId}`);
  await chooseContributions(page, [an.file, bram.file, cas.file]);
  await expect(page.getByRole('heading', { name: 'Nieuw (3)' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '3 bijdragen inlezen' }).click();
  await expect(page.getByRole('heading', { name: 'Klaar met inlezen' })).toBeFocused();
  await expect(page.getByText('3 toegevoegd, 0 vervangen, 0 overgeslagen.')).toBeVisible();
  await expectNoAxeViolations(page);

  const expectRatings = async (): Promise<void> => {
    await expect(rowOf(page, 'An Peeters')).toContainText(/leerondersteuner.*3 van 3/);
    await expect(rowOf(page, 'Bram Claes')).toContainText(/directie.*2 van 3/);
    // The one anonymous contribution among named ones is counted, but its judgements are not shown apart.
    await expect(rowOf(page, 'Anoniem 1')).toContainText(
      /medewerker.*ontvangen \(anoniem\).*niet apart getoond/,
    );
    await rowOf(page, 'Bram Claes').getByText('Oordelen van Bram Claes').click();
    await expect(rowOf(page, 'Bram Claes').getByRole('listitem')).toHaveText([
      'R1 beneden de verwachting',
      'R2 nog niet beoordeeld',
      'M2 benadert de verwachting',
    ]);
  };
  await expectRatings();
  // Opened anew, as after closing the tab: all of it was stored.
  await openApp(page, `/app/bijdragen/?cyclus=${teamCycleId}`);
  await expectRatings();

  await openApp(page, `/app/deelnemers/?cyclus=${teamCycleId}`);
  const participants = page
    .getByRole('list', { name: 'Deelnemers van deze zelfevaluatie' })
    .getByRole('listitem');
  await expect(participants).toHaveCount(4);
  await expect(participants.filter({ hasText: 'Anoniem 1' })).toContainText('anoniem in rapporten');

  // A corrupt file, one for another cycle and one read in already: each its own message, nothing changes.
  const corrupt: FileToChoose = {
    ...an.file,
    name: 'bijdrage-kapot.json',
    buffer: an.file.buffer.subarray(0, 120),
  };
  const json = JSON.parse(bram.file.buffer.toString('utf8')) as Record<string, unknown>;
  const foreign: FileToChoose = {
    ...bram.file,
    name: 'bijdrage-ander-centrum.json',
    buffer: Buffer.from(
      JSON.stringify({
        ...json,
        teamCycleId: crypto.randomUUID(),
        cycle: { title: 'Focus maatwerk', schoolYear: '2025-2026' },
      }),
    ),
  };
  const again: FileToChoose = { ...cas.file, name: 'bijdrage-opnieuw.json' };
  await openApp(page, `/app/bijdragen/?cyclus=${teamCycleId}`);
  await chooseContributions(page, [corrupt, foreign, again]);
  await expect(page.getByRole('heading', { name: 'Niet ingelezen (3)' })).toBeVisible();
  await expect(
    page.getByText('bijdrage-kapot.json: dit bestand is beschadigd of onvolledig (geen geldige JSON).'),
  ).toBeVisible();
  await expect(
    page.getByText(
      'bijdrage-ander-centrum.json: deze bijdrage hoort bij een andere zelfevaluatie ("Focus maatwerk", 2025-2026), niet bij deze.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      'bijdrage-opnieuw.json: deze bijdrage van Anoniem 1 is al ingelezen; er is niets veranderd.',
    ),
  ).toBeVisible();
  await expect(page.getByText('Er valt niets in te lezen.')).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  // Opened anew, as after closing the tab: all of it was stored.
  await openApp(page, `/app/bijdragen/?cyclus=${teamCycleId}`);
  // One row per participant: the coordinator and the three who contributed.
  await expect(page.getByRole('table', { name: /Ingelezen bijdragen/ }).getByRole('row')).toHaveCount(5);

  // Bram changes his mind on R1 and exports again: the coordinator sees old → new and replaces after confirming.
  await rateWithKeyboard(bram.page, bram.cycleId, 'R1', 3);
  const bramAgain = await exportContribution(bram.page, bram.cycleId);
  await chooseContributions(page, [bramAgain, again]);
  const replacement = page.getByRole('group', { name: /^Bram Claes — / });
  await expect(replacement.getByRole('listitem')).toHaveText([
    'R1: beneden de verwachting → volgens de verwachting',
    'R1: verantwoording gewijzigd',
  ]);
  await expect(page.getByText('Er valt niets in te lezen.')).toBeVisible();
  await replacement.getByRole('checkbox', { name: 'Vervang de vorige bijdrage van Bram Claes' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '1 bijdrage inlezen' }).click();
  await expect(page.getByText('0 toegevoegd, 1 vervangen, 1 overgeslagen.')).toBeVisible();
  await expect(rowOf(page, 'Bram Claes')).toContainText('2 van 3');
  await rowOf(page, 'Bram Claes').getByText('Oordelen van Bram Claes').click();
  await expect(rowOf(page, 'Bram Claes').getByRole('listitem').first()).toHaveText(
    'R1 volgens de verwachting',
  );
});

test('a file that is no invitation, chosen on the start page, is refused with its name and the reason', async ({
  page,
}) => {
  // The words for a refused file are fetched only when one is refused; they must still arrive and be said.
  await openApp(page, '/app/');
  await page.getByLabel('Kies het uitnodigingsbestand (.json)').setInputFiles({
    name: 'notities.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"dit is": "geen uitnodiging"'),
  });
  await expect(
    page.getByText('notities.json: dit bestand is beschadigd of onvolledig (geen geldige JSON).'),
  ).toBeVisible();
});
