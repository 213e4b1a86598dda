import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openApp } from './open-app';
import { expectSaved } from './save-status';
import { tableRows } from './table-rows';
import {
  chooseContributions,
  createTeamCycle,
  downloadFrom,
  downloadInvitation,
  exportContribution,
  openInvitation,
  rateWithKeyboard,
  type FileToChoose,
  type Level,
} from './team-contributions';
import { NO_PAGE_PROBLEMS, watchPage } from './watch-page';

/** The six people on the coordinator's list: five invited personally, one (listed under an alias) by the open invitation. */
const PEOPLE: { name: string; role: string; ratings: Record<string, Level> }[] = [
  { name: 'An Peeters', role: 'leerondersteuner', ratings: { R1: 3 } },
  { name: 'Bram Claes', role: 'teamcoach', ratings: { R1: 2, M1: 3 } },
  { name: 'Cas Wouters', role: 'leerondersteuner', ratings: { R1: 3, M1: 2 } },
  { name: 'Dirk Maes', role: 'zorgcoördinator van een partnerschool', ratings: { R1: 1, M1: 3 } },
  { name: 'Eva Janssens', role: 'directie', ratings: { R1: 2, M1: 1 } },
];
const ALIAS = { name: 'Teamlid 6', role: 'medewerker', ratings: { R1: 3, M1: 2 } as Record<string, Level> };

/** An's practice for M1: level 4 with a short description, no criteria ticked and no sources. */
const PRACTICE = 'Elke nieuwe leraar krijgt zes weken coaching op de klasvloer.';

/** A member's laptop: a browser context of their own, with its own database. */
async function memberPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'nl-BE' });
  return context.newPage();
}

/** Rates level 4 with only a description of the practice: in a team self-evaluation it counts at once. */
async function rateLevelFour(page: Page, cycleId: string, code: string): Promise<void> {
  await openApp(page, `/app/beoordelen/${code.toLowerCase()}/?cyclus=${cycleId}`);
  await page.getByRole('radio', { name: /overstijgt de verwachting/ }).check();
  await page.getByLabel('Welke goede praktijk?').fill(PRACTICE);
  await expect(page.getByText(/Je niveau 4 telt mee in de spreiding/)).toBeVisible();
  await expectSaved(page);
}

test('six people, six contributions, six participants: personal invitations land on their person, the open one is matched with the coordinator, and every count says six', async ({
  page,
  browser,
  baseURL,
}) => {
  // Seven browser contexts, each working through the real pages: a coordinator and six members.
  test.setTimeout(300_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);

  // The coordinator starts the cycle, allows anonymity, sets a deadline and lists the six people who rate.
  const cycleId = await createTeamCycle(page, 'Teamreflectie 2026', ['R1', 'M1']);
  const open = await downloadInvitation(page, cycleId, { anonymous: true });
  await page.getByLabel(/^Graag terug tegen/).fill('2027-03-31');
  await expect(page.getByText(/De termijn is bewaard/)).toBeVisible();
  await openApp(page, `/app/deelnemers/?cyclus=${cycleId}`);
  for (const person of [...PEOPLE, ALIAS]) {
    await page.getByLabel('Naam of alias').fill(person.name);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: person.role });
    if (person === ALIAS) await page.getByRole('checkbox', { name: 'Anoniem in rapporten' }).check();
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(page.getByText(`${person.name} is toegevoegd.`)).toBeVisible();
  }
  // She facilitates and does not rate: she leaves the list, after the page says what goes with her.
  await page.getByRole('button', { name: 'Coördinator Els verwijderen' }).click();
  await expect(page.getByText('Er gaan geen beoordelingen mee verloren.')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, Coördinator Els verwijderen' }).click();
  const list = page.getByRole('list', { name: 'Deelnemers van deze zelfevaluatie' }).locator(':scope > li');
  await expect(list).toHaveCount(6);
  await expect(list.locator('.card__title')).toHaveText(
    [...PEOPLE, ALIAS].map((p) => new RegExp(`^${p.name}`)),
  );
  const invitations: FileToChoose[] = [];
  for (const person of PEOPLE)
    invitations.push(await downloadFrom(page, `Persoonlijke uitnodiging voor ${person.name} downloaden`));
  expect(invitations[0]?.name).toBe('uitnodiging-teamreflectie-2026-an-peeters.json');

  // Back on Bijdragen, the deadline she set is still there.
  await openApp(page, `/app/bijdragen/?cyclus=${cycleId}`);
  await expect(page.getByLabel(/^Graag terug tegen/)).toHaveValue('2027-03-31');

  // Five members, each on a laptop of their own, open their personal invitation and rate under their name.
  const files: FileToChoose[] = [];
  for (const [index, person] of PEOPLE.entries()) {
    const member = await memberPage(browser, baseURL);
    const memberCycle = await openInvitation(member, invitations[index]!, person.name);
    for (const [code, level] of Object.entries(person.ratings))
      await rateWithKeyboard(member, memberCycle, code, level);
    if (person.name === 'An Peeters') await rateLevelFour(member, memberCycle, 'M1');
    files.push(await exportContribution(member, memberCycle));
    await member.context().close();
  }

  // The sixth opens the open invitation and contributes anonymously, told first what anonymity holds.
  const anonymous = await memberPage(browser, baseURL);
  const anonymousCycle = await openInvitation(anonymous, open, 'Fien');
  for (const [code, level] of Object.entries(ALIAS.ratings))
    await rateWithKeyboard(anonymous, anonymousCycle, code, level);
  await openApp(anonymous, `/app/cyclus/?cyclus=${anonymousCycle}`);
  const section = anonymous.getByRole('region', { name: 'Je bijdrage voor het team' });
  await section.getByRole('checkbox', { name: /^Anoniem bijdragen/ }).check();
  await expect(section.getByText(/in een klein team is anoniem niet altijd onherkenbaar/)).toBeVisible();
  files.push(await exportContribution(anonymous, anonymousCycle, { role: 'medewerker', anonymous: true }));
  await anonymous.context().close();

  // The coordinator reads all six in at once: five land on their person, the anonymous one she places herself.
  await openApp(page, `/app/bijdragen/?cyclus=${cycleId}`);
  await chooseContributions(page, files);
  await expect(
    page.getByRole('heading', { name: 'Op een persoonlijke uitnodiging, bij hun deelnemer (5)' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '5 bijdragen inlezen' })).toBeVisible();
  const question = page.getByRole('group', { name: /Is dit Teamlid 6, medewerker\?$/ });
  await question.getByRole('radio', { name: 'Ja, dit is Teamlid 6, medewerker' }).check();
  await page.getByRole('button', { name: '6 bijdragen inlezen' }).click();
  await expect(
    page.getByText('6 bij hun deelnemer, 0 toegevoegd, 0 vervangen, 0 overgeslagen.'),
  ).toBeVisible();

  // Who answered: all six, each invited as they were; the anonymous one counted, not shown apart.
  const answered = page.getByRole('table', { name: /Ingelezen bijdragen/ });
  await expect(answered.getByRole('row')).toHaveCount(7);
  await expect(answered.getByRole('row', { name: /^An Peeters/ })).toContainText('persoonlijk');
  await expect(answered.getByRole('row', { name: /^An Peeters/ })).toContainText('versie 1');
  await expect(answered.getByRole('row', { name: /^Teamlid 6/ })).toContainText('ontvangen (anoniem)');
  await expect(answered.getByRole('row', { name: /^Teamlid 6/ })).toContainText('niet apart getoond');
  await expect(page.getByText('Iedereen op de lijst heeft geantwoord.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Exactly six participants, in the order she listed them.
  await openApp(page, `/app/deelnemers/?cyclus=${cycleId}`);
  await expect(list).toHaveCount(6);
  await expect(list.locator('.card__title')).toHaveText(
    [...PEOPLE, ALIAS].map((p) => new RegExp(`^${p.name}`)),
  );

  // Every distribution counts six; An's level 4 counts as 4, and no choice reads "nog niet beoordeeld".
  await openApp(page, `/app/consensus/?cyclus=${cycleId}`);
  expect(
    await tableRows(page.getByRole('table', { name: 'Aantal deelnemers per antwoord, per verwachting' })),
  ).toEqual([
    [
      'Verwachting',
      'overstijgt de verwachting',
      'volgens de verwachting',
      'benadert de verwachting',
      'beneden de verwachting',
    ],
    ['R1', '0', '3', '2', '1'],
    ['M1', '1', '2', '2', '1'],
  ]);
  await openApp(page, `/app/consensus/?cyclus=${cycleId}&verwachting=M1`);
  const notes = page.getByRole('region', { name: 'Wat de deelnemers schreven' });
  const an = notes.getByRole('article', { name: 'An Peeters (leerondersteuner): overstijgt de verwachting' });
  await expect(an).toContainText(`Goede praktijk: ${PRACTICE}`);
  await expect(an).toContainText('goede praktijk nog te onderbouwen');

  // The report says six, with their roles.
  await openApp(page, `/app/rapport/?cyclus=${cycleId}`);
  await expect(page.getByRole('row', { name: 'Deelnemers 6', exact: true })).toBeVisible();
  for (const [role, count] of [
    ['leerondersteuner', 2],
    ['teamcoach', 1],
    ['directie', 1],
    ['medewerker', 1],
    ['zorgcoördinator van een partnerschool', 1],
  ] as const)
    await expect(page.getByRole('row', { name: `${role} ${count}`, exact: true })).toBeVisible();
  expect(problems).toEqual(NO_PAGE_PROBLEMS);
});
