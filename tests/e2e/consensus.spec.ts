import { expect, test, type Page } from '@playwright/test';
import type { Rating } from '../../src/domain/assessment';
import type { Cycle } from '../../src/domain/cycle';
import { EXPECTATION_CODES } from '../../src/domain/framework/expectation-code';
import { FIXTURE_RATINGS, teamFixture, type TeamFixture } from '../unit/domain/report/fixture-cycle';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard-user';
import { openApp, waitForHydration } from './open-app';
import { restoreBackup } from './sample-data';
import { expectSaved } from './save-status';
import { tableRows } from './table-rows';
import { teamCycleBackup } from './team-cycle-backup';

/**
 * The bespreekpunten the fixture's individual ratings imply (Ann, Bram, Chris; worked out by hand in
 * tests/unit/domain/consensus.test.ts): first the three where the middle half lies a level apart (S2 with the
 * widest range), then those within one level (reading order), the unanimous ones, and last those with fewer
 * than two levels given.
 */
const AGENDA = ['S2', 'M3', 'BL3', 'R1', 'R2', 'M1', 'M2', 'BL2', 'R3', 'M4', 'S1', 'BL1'].concat([
  'V1',
  'S3',
  'S4',
  'BL4',
  'BL5',
]);

const LABELS: Record<Rating, string> = {
  exceeds: 'overstijgt de verwachting',
  meets: 'volgens de verwachting',
  approaching: 'benadert de verwachting',
  below: 'beneden de verwachting',
  notRated: 'nog niet beoordeeld',
  needsInformation: 'meer informatie nodig',
  notInFocus: 'niet in focus',
};

/**
 * The report fixture's team cycle in its consensus phase, before the team agreed on anything: only the
 * individual ratings, and on S2 strengths written by Ann and Bram.
 */
function consensusFixture(options: { withRatings: boolean }): TeamFixture {
  const fixture = teamFixture();
  const { ann, bram } = fixture.participants;
  const strengths = new Map([
    [ann.id, 'Vaste contactpersoon per school\n- Snelle opstart'],
    [bram.id, 'Goede afspraken met het CLB'],
  ]);
  const cycle: Cycle = { ...fixture.cycle, status: 'consensus' };
  const assessments = options.withRatings
    ? fixture.input.assessments
        .filter((a) => a.kind === 'individual')
        .map((a) =>
          a.expectationCode === 'S2' ? { ...a, strengths: strengths.get(a.participantId ?? '') ?? '' } : a,
        )
    : [];
  return { ...fixture, cycle, input: { ...fixture.input, cycle, assessments } };
}

async function openConsensus(page: Page, fixture: TeamFixture): Promise<void> {
  const { file } = await teamCycleBackup(fixture);
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, { name: 'team.zip', mimeType: 'application/zip', buffer: file });
  await openApp(page, `/app/consensus/?cyclus=${fixture.cycle.id}`);
}

test('the team sees its bespreekpunten and spread, agrees on two, and the report shows it', async ({
  page,
}) => {
  test.slow(true, 'the whole consensus view, two agreements, a reload and the report');
  const fixture = consensusFixture({ withRatings: true });
  await openConsensus(page, fixture);

  // The agenda, most disagreement first, none agreed yet.
  await expect(page.getByText('0 van 17 verwachtingen hebben een gezamenlijk oordeel')).toBeVisible();
  const agenda = page.getByRole('list').filter({ has: page.locator('.agenda__item') });
  await expect(agenda.locator('.agenda__link .code')).toHaveText(AGENDA);
  await expect(agenda.getByRole('listitem').first()).toContainText('Het team is verdeeld');
  await expect(agenda.getByRole('listitem').nth(3)).toContainText('Iedereen ligt binnen één niveau');
  await expect(agenda.getByRole('listitem').last()).toContainText('Minder dan twee deelnemers');

  // The charts' tables hold the counts the ratings imply, and the disagreement in agenda order.
  const distribution = await tableRows(page.locator('#distribution-table'));
  const [header, ...rows] = distribution;
  const ratingColumns = (header ?? []).slice(1);
  for (const code of EXPECTATION_CODES) {
    const [ann, bram, chris] = FIXTURE_RATINGS[code];
    const given = [ann, bram, chris].map((rating) => rating ?? 'notRated');
    const expected = ratingColumns.map((label) =>
      String(given.filter((rating) => LABELS[rating] === label).length),
    );
    expect(rows.find((row) => row[0] === code)?.slice(1), code).toEqual(expected);
  }
  const disagreement = (await tableRows(page.locator('#disagreement-table'))).slice(1);
  expect(disagreement.map((row) => row[1])).toEqual(AGENDA);
  // S2: levels 1, 2, 3 — the middle half 1,5 to 2,5, the range 1 to 3.
  expect(disagreement[0]).toEqual(['1', 'S2', '1', '2', '3']);
  await expect(page.locator('canvas').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The first bespreekpunt: its spread and what the members wrote, the anonymous one without a name.
  await page.getByRole('link', { name: 'Begin bij het eerste open bespreekpunt: S2' }).click();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 2, name: /^S2 / })).toBeVisible();
  expect(await tableRows(page.locator('#spread-table'))).toEqual([
    ['Antwoord', 'Aantal deelnemers'],
    ['overstijgt de verwachting', '0'],
    ['volgens de verwachting', '1'],
    ['benadert de verwachting', '1'],
    ['beneden de verwachting', '1'],
    ['nog niet beoordeeld', '0'],
    ['meer informatie nodig', '0'],
    ['niet in focus', '0'],
  ]);
  await expect(
    page.getByText('Mediaan 2 · Van niveau 1 tot 3, middelste helft van 1,5 tot 2,5'),
  ).toBeVisible();
  const members = page.getByRole('region', { name: 'Wat de deelnemers schreven' });
  await expect(members.getByRole('heading', { level: 4 })).toHaveText([
    'Ann Peeters (coördinator): benadert de verwachting',
    'Bram Claes (leerondersteuner): volgens de verwachting',
    'Anonieme deelnemer: beneden de verwachting',
  ]);
  await expect(page.locator('main')).not.toContainText('Chris Maes');
  await expectNoAxeViolations(page);

  // By keyboard: the level, the justification, and strengths picked from Ann's and Bram's and then edited.
  await tabTo(page, page.getByRole('radio', { name: /nog niet beoordeeld/ }));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: /volgens de verwachting/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Verantwoording')).toBeFocused();
  await page.keyboard.type('De samenwerking loopt, maar niet overal even sterk.');
  await tabTo(page, page.getByRole('checkbox', { name: /Vaste contactpersoon per school/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: /Goede afspraken met het CLB/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Aangevinkte toevoegen aan sterktes' }));
  await page.keyboard.press('Enter');
  const strengths = page.getByLabel('Sterktes', { exact: true });
  await expect(strengths).toBeFocused();
  await expect(page.getByText('2 uitspraken toegevoegd.')).toBeVisible();
  await expect(strengths).toHaveValue('Vaste contactpersoon per school\nGoede afspraken met het CLB');
  await page.keyboard.type(' en de PBD');
  await expect(page.getByRole('checkbox', { name: /Vaste contactpersoon per school/ })).toBeDisabled();
  await expectSaved(page);

  // The next bespreekpunt, M3: level by mouse this time.
  await page.getByRole('link', { name: 'Volgend open bespreekpunt: M3' }).last().click();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 2, name: /^M3 / })).toBeVisible();
  await page.getByRole('radio', { name: /benadert de verwachting/ }).check();
  await page.getByLabel('Verantwoording').fill('Maatwerk is er, maar nog niet systematisch.');
  await expectSaved(page);

  // After a reload everything is there, and the agenda marks both as agreed.
  await page.goto(`/app/consensus/?cyclus=${fixture.cycle.id}&verwachting=S2`);
  await waitForHydration(page);
  await expect(page.getByRole('radio', { name: /volgens de verwachting/ })).toBeChecked();
  await expect(page.getByLabel('Verantwoording')).toHaveValue(
    'De samenwerking loopt, maar niet overal even sterk.',
  );
  await expect(page.getByLabel('Sterktes', { exact: true })).toHaveValue(
    'Vaste contactpersoon per school\nGoede afspraken met het CLB en de PBD',
  );
  await openApp(page, `/app/consensus/?cyclus=${fixture.cycle.id}`);
  await expect(page.getByText('2 van 17 verwachtingen hebben een gezamenlijk oordeel')).toBeVisible();
  const items = page.locator('.agenda__item');
  await expect(items.nth(0)).toContainText('Gezamenlijk oordeel: volgens de verwachting');
  await expect(items.nth(1)).toContainText('Gezamenlijk oordeel: benadert de verwachting');
  await expect(items.nth(2)).toContainText('Nog geen gezamenlijk oordeel');

  // The report takes the team's judgement and shows the spread of the individual ratings beside it.
  await openApp(page, `/app/rapport/?cyclus=${fixture.cycle.id}`);
  const s2 = page.getByRole('region', { name: /^S2 / });
  await expect(s2).toContainText('volgens de verwachting — Gezamenlijk oordeel van het team');
  await expect(s2).toContainText('Goede afspraken met het CLB en de PBD');
  expect(await tableRows(s2.getByRole('table').first())).toEqual([
    ['Antwoord', 'Aantal'],
    ['volgens de verwachting', '1'],
    ['benadert de verwachting', '1'],
    ['beneden de verwachting', '1'],
  ]);
});

test('before anyone rated, the consensus view says so and passes axe', async ({ page }) => {
  await openConsensus(page, consensusFixture({ withRatings: false }));
  await expect(page.getByText('Nog niemand gaf een oordeel.')).toBeVisible();
  await expect(page.locator('.agenda__item')).toHaveCount(17);
  await expect(page.locator('canvas')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the dashboard of a team cycle in consensus counts what was agreed and leads to the bespreekpunten', async ({
  page,
}) => {
  const fixture = consensusFixture({ withRatings: true });
  await openConsensus(page, fixture);
  await openApp(page, `/app/cyclus/?cyclus=${fixture.cycle.id}`);
  await expect(page.getByText('0 van 17 verwachtingen hebben een gezamenlijk oordeel')).toBeVisible();
  await page.getByRole('link', { name: 'Naar de bespreekpunten' }).click();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Consensus' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Consensus', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
