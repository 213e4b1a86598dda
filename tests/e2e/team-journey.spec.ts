import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openApp, waitForHydration } from './open-app';
import { expectSaved } from './save-status';
import { tableRows } from './table-rows';
import {
  chooseContributions,
  contributionOf,
  createTeamCycle,
  downloadInvitation,
  type Member,
} from './team-contributions';
import { NO_PAGE_PROBLEMS, watchPage } from './watch-page';

/**
 * Three members who see the focus differently (levels 1 beneden, 2 benadert, 3 volgens). The coordinator
 * does not rate, so she counts as "nog niet beoordeeld" everywhere.
 */
const MEMBERS: Member[] = [
  {
    name: 'An Peeters',
    ratings: { R1: 3, M1: 1, M2: 2, S2: 1 },
    strengths: { S2: 'Vaste contactpersoon per school\n- Snelle opstart na de aanmelding' },
  },
  {
    name: 'Bram Claes',
    ratings: { R1: 3, M1: 3, M2: 2, S2: 2 },
    strengths: { S2: 'Goede afspraken met het CLB' },
  },
  {
    name: 'Cas Wouters',
    ratings: { R1: 3, M1: 3, M2: 3, S2: 3 },
    strengths: { S2: 'Een gedeelde planning met de scholen' },
  },
];

/**
 * The bespreekpunten by hand, from disagreementAgenda (src/domain/aggregation/agenda.ts). With three levels
 * a ≤ b ≤ c, Tukey's hinges are (a+b)/2 and (b+c)/2, so the middle half is (c−a)/2 wide:
 * - S2 [1,2,3]: middle half 1, range 2, away from the median 2 of 3 → split;
 * - M1 [1,3,3]: middle half 1, range 2, away from the median 1 of 3 → split, after S2 on the third measure;
 * - M2 [2,2,3]: middle half 0,5, range 1 → everyone within one level;
 * - R1 [3,3,3]: unanimous → last.
 * Exactly the reverse of reading order, so an agenda that merely followed the referentiekader would fail.
 */
const AGENDA = ['S2', 'M1', 'M2', 'R1'];

test('a team self-evaluates from invitation to the report: members rate apart, the coordinator reads them in, the team agrees, all of it survives a reload', async ({
  page,
  browser,
  baseURL,
}) => {
  // The whole team cycle: four people, each rating 17 expectations apart, then consensus and the report.
  test.setTimeout(300_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);

  // The coordinator starts the cycle on a focus and hands out the invitation.
  const cycleId = await createTeamCycle(page, 'Teamreflectie maatwerk', ['R1', 'M1', 'M2', 'S2']);
  const invitation = await downloadInvitation(page, cycleId);

  // Each member on a laptop of their own: opens the invitation, rates by keyboard, exports a contribution.
  const contributions = [];
  for (const member of MEMBERS) {
    const contribution = await contributionOf(browser, baseURL, invitation, member);
    contributions.push(contribution.file);
    await contribution.page.context().close();
  }

  // The coordinator reads in all three files at once.
  await openApp(page, `/app/bijdragen/?cyclus=${cycleId}`);
  await chooseContributions(page, contributions);
  await page.getByRole('button', { name: '3 bijdragen inlezen' }).click();
  await expect(page.getByText('3 toegevoegd, 0 vervangen, 0 overgeslagen.')).toBeVisible();

  // The consensus view: the bespreekpunten in the order derived above, and the counts per answer.
  await openApp(page, `/app/consensus/?cyclus=${cycleId}`);
  await expect(page.getByText('0 van 4 verwachtingen hebben een gezamenlijk oordeel')).toBeVisible();
  const agenda = page.getByRole('region', { name: 'Bespreekpunten' }).getByRole('listitem');
  await expect(agenda.getByRole('link')).toHaveText(AGENDA.map((code) => new RegExp(`^${code} `)));
  await expect(agenda.nth(0)).toContainText('Het team is verdeeld');
  await expect(agenda.nth(1)).toContainText('Het team is verdeeld');
  await expect(agenda.nth(2)).toContainText('Iedereen ligt binnen één niveau');
  await expect(agenda.nth(3)).toContainText('Iedereen gaf niveau 3');
  expect(
    await tableRows(page.getByRole('table', { name: 'Aantal deelnemers per antwoord, per verwachting' })),
  ).toEqual([
    [
      'Verwachting',
      'volgens de verwachting',
      'benadert de verwachting',
      'beneden de verwachting',
      'nog niet beoordeeld',
    ],
    ['R1', '3', '0', '0', '1'],
    ['M1', '2', '0', '1', '1'],
    ['M2', '1', '2', '0', '1'],
    ['S2', '1', '1', '1', '1'],
  ]);
  const disagreement = await tableRows(page.getByRole('table', { name: /^Verschil in oordelen/ }));
  expect(disagreement.slice(1).map((row) => row[1])).toEqual(AGENDA);
  await expectNoAxeViolations(page);

  // The top bespreekpunt: a level, a justification, and strengths picked from An and Bram, then edited.
  await page.getByRole('link', { name: 'Begin bij het eerste open bespreekpunt: S2' }).click();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 2, name: /^S2 / })).toBeVisible();
  // What each member wrote, under their name and level (listed in the order the database keeps them).
  const notes = page
    .getByRole('region', { name: 'Wat de deelnemers schreven' })
    .getByRole('heading', { level: 4 });
  await expect(notes).toHaveCount(3);
  for (const heading of [
    'An Peeters (leerondersteuner): beneden de verwachting',
    'Bram Claes (leerondersteuner): benadert de verwachting',
    'Cas Wouters (leerondersteuner): volgens de verwachting',
  ])
    await expect(notes.filter({ hasText: heading })).toHaveCount(1);
  await page.getByRole('radio', { name: /benadert de verwachting/ }).check();
  await page
    .getByLabel('Verantwoording')
    .fill('Er zijn sterktes, maar de samenwerking verschilt per school.');
  await page.getByRole('checkbox', { name: /^Vaste contactpersoon per school — An Peeters/ }).check();
  await page.getByRole('checkbox', { name: /^Goede afspraken met het CLB — Bram Claes/ }).check();
  await page.getByRole('button', { name: 'Aangevinkte toevoegen aan sterktes' }).click();
  const strengths = page.getByLabel('Sterktes', { exact: true });
  await expect(strengths).toBeFocused();
  await page.keyboard.type(' en de PBD');
  const agreedStrengths = 'Vaste contactpersoon per school\nGoede afspraken met het CLB en de PBD';
  await expect(strengths).toHaveValue(agreedStrengths);
  await expectSaved(page);

  // After a reload the judgement, its texts and the agenda's state are all there.
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('radio', { name: /benadert de verwachting/ })).toBeChecked();
  await expect(page.getByLabel('Verantwoording')).toHaveValue(
    'Er zijn sterktes, maar de samenwerking verschilt per school.',
  );
  await expect(page.getByLabel('Sterktes', { exact: true })).toHaveValue(agreedStrengths);
  // The statement taken over as written counts as in the text; the edited one may be picked again.
  await expect(page.getByRole('checkbox', { name: /^Vaste contactpersoon per school/ })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: /^Goede afspraken met het CLB/ })).toBeEnabled();
  await openApp(page, `/app/consensus/?cyclus=${cycleId}`);
  await expect(page.getByText('1 van 4 verwachtingen hebben een gezamenlijk oordeel')).toBeVisible();
  await expect(agenda.getByRole('link')).toHaveText(AGENDA.map((code) => new RegExp(`^${code} `)));
  await expect(agenda.nth(0)).toContainText('Gezamenlijk oordeel: benadert de verwachting');
  await expect(agenda.nth(1)).toContainText('Nog geen gezamenlijk oordeel');
  await expect(page.getByRole('link', { name: 'Begin bij het eerste open bespreekpunt: M1' })).toBeVisible();

  // The dashboard counts what the team agreed.
  await openApp(page, `/app/cyclus/?cyclus=${cycleId}`);
  const progress = page.getByRole('progressbar', {
    name: '1 van 4 verwachtingen hebben een gezamenlijk oordeel',
  });
  await expect(progress).toHaveAttribute('value', '1');
  await expect(progress).toHaveAttribute('max', '4');

  // The report shows the team's level for S2 and beside it the spread of the three members' ratings.
  await openApp(page, `/app/rapport/?cyclus=${cycleId}`);
  const s2 = page.getByRole('region', { name: /^S2 / });
  await expect(s2).toContainText('benadert de verwachting — Gezamenlijk oordeel van het team');
  await expect(s2).toContainText('Goede afspraken met het CLB en de PBD');
  const spread = s2.getByRole('table', { name: /^Spreiding van de individuele oordelen/ });
  await expect(spread).toHaveAccessibleName(/3 deelnemers gaven een oordeel/);
  expect(await tableRows(spread)).toEqual([
    ['Antwoord', 'Aantal'],
    ['volgens de verwachting', '1'],
    ['benadert de verwachting', '1'],
    ['beneden de verwachting', '1'],
  ]);
  // M1 is not agreed yet: the report claims no team judgement, but shows the spread already.
  const m1 = page.getByRole('region', { name: /^M1 / });
  await expect(m1).toContainText('nog geen gezamenlijk oordeel');
  expect(await tableRows(m1.getByRole('table', { name: /^Spreiding van de individuele oordelen/ }))).toEqual([
    ['Antwoord', 'Aantal'],
    ['volgens de verwachting', '2'],
    ['beneden de verwachting', '1'],
  ]);
  expect(problems).toEqual(NO_PAGE_PROBLEMS);
});
