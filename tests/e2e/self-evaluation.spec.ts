import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForHydration } from './open-app';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard-user';
import { smallPdf } from './files';
import { SAMPLE_CYCLE_ID, loadSampleData } from './sample-data';
import { watchPage } from './watch-page';

const CODES = ['R1', 'R2', 'R3', 'V1', 'M1', 'M2', 'M3', 'M4', 'S1', 'S2', 'S3', 'S4'];
const BELEID = ['BL1', 'BL2', 'BL3', 'BL4', 'BL5'];

/** Radio positions in the scale group: levels 1–3, then "meer informatie nodig" (after "nog niet beoordeeld"). */
const LEVEL_LABELS = ['beneden de verwachting', 'benadert de verwachting', 'volgens de verwachting'];

/** Starts a cycle through the guided flow with the keyboard only; returns the cycle's overview address. */
async function createCycleWithKeyboard(
  page: Page,
  mode: 'team' | 'individual',
  name: string,
): Promise<string> {
  await openApp(page, '/app/cyclus/nieuw/');
  await tabTo(page, page.getByLabel('Titel'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Zelfevaluatie 2026-2027');
  await tabTo(page, page.getByLabel('Schooljaar'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2026-2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Stap 2 van 3/ })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Stap 3 van 3/ })).toBeFocused();
  if (mode === 'individual') {
    await tabTo(page, page.getByRole('radio', { name: /teamzelfevaluatie/ }));
    await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, page.getByLabel('Naam of alias'));
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  return page.url();
}

/** Rates every expectation of the cycle with the keyboard: level 1, 2, 3, 1, 2, 3 … in reading order. */
async function rateAllWithKeyboard(page: Page, codes: readonly string[]): Promise<void> {
  for (const [index, code] of codes.entries()) {
    await page.waitForURL(new RegExp(`/app/beoordelen/${code.toLowerCase()}/`));
    await waitForHydration(page);
    // The address ends in #beoordeling: focus goes to the scale's checked answer, "nog niet beoordeeld".
    await expect(page.getByRole('radio', { name: /nog niet beoordeeld/ })).toBeFocused();
    // The arrow keys move up the scale: level 4, 3, 2, 1.
    for (let step = 0; step < 4 - (index % 3); step++) await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: new RegExp(LEVEL_LABELS[index % 3] ?? '') })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Verantwoording')).toBeFocused();
    await page.keyboard.type(`Verantwoording bij ${code}.`);
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
    if (index === 0) await expectNoAxeViolations(page);
    await page.keyboard.press('Alt+PageDown');
  }
}

async function addEvidenceWithPdf(page: Page, overview: string, title: string, code: string): Promise<void> {
  await page.goto(overview.replace('/app/cyclus/', '/app/bronnen/'));
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Nieuwe bron toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe bron' });
  await form.getByLabel('Titel').fill(title);
  await form.getByRole('radio', { name: 'verslag' }).check();
  await form.getByRole('checkbox', { name: 'leerlingen', exact: true }).check();
  await form.getByRole('checkbox', { name: 'ouders', exact: true }).check();
  await form.getByRole('checkbox', { name: new RegExp(`^${code} — `) }).check();
  await form.getByLabel('Bijlagen toevoegen (niet verplicht)').setInputFiles({
    name: 'verslag.pdf',
    mimeType: 'application/pdf',
    buffer: smallPdf(title),
  });
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

async function addAction(page: Page, title: string, dueDate: string): Promise<void> {
  await page.getByLabel('Titel van de nieuwe actie').fill(title);
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Actie bewerken' });
  await editor.getByRole('checkbox', { name: /^M2 — / }).check();
  await editor.getByLabel('Einddatum (niet verplicht)').fill(dueDate);
  await expect(editor.getByRole('status').first()).toHaveText('Opgeslagen op dit toestel');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
}

test('a new user fills in the profile, rates all 17 expectations with the keyboard, adds evidence and actions, and sees it all back', async ({
  page,
}) => {
  // A whole first cycle by keyboard: the profile, 17 ratings, evidence, actions and every view.
  test.setTimeout(180_000);
  await openApp(page, '/app/profiel/');
  await page.getByLabel('Naam van het leersteuncentrum').fill('LSC Kempen');
  // The profile's save status, before the logo field's own.
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen op dit toestel');

  const overview = await createCycleWithKeyboard(page, 'team', 'An Peeters');
  await waitForHydration(page);
  await expect(page.getByText('0 van 17 verwachtingen beoordeeld')).toBeVisible();
  await expectNoAxeViolations(page);

  // The overview first suggests inviting colleagues; the expectation table leads into rating now.
  await expect(page.getByRole('region', { name: 'Volgende stap' })).toContainText('Voeg de deelnemers toe');
  await tabTo(page, page.getByRole('link', { name: /^R1 beoordelen/ }));
  await page.keyboard.press('Enter');
  await rateAllWithKeyboard(page, [...CODES, ...BELEID]);
  // Alt+PageDown on the last expectation goes nowhere: BL5 has no next.
  await page.waitForURL(/\/app\/beoordelen\/bl5\//);

  await addEvidenceWithPdf(page, overview, 'Verslag leerlingbespreking', 'M2');
  await addEvidenceWithPdf(page, overview, 'Verslag overleg met ouders', 'M2');

  await page.goto(overview.replace('/app/cyclus/', '/app/actieplan/'));
  await waitForHydration(page);
  await addAction(page, 'Intakegesprek herwerken', '2020-01-15');
  await addAction(page, 'Ouders bevragen over leersteun', '2099-06-30');
  await addAction(page, 'Teamoverleg over maatwerk', '2099-09-30');
  await expectNoAxeViolations(page);

  // A member's level 4 counts at once in a team cycle, marked until the practice is named and every criterion
  // backed; the full guard waits for the team's consensus.
  await page.goto(`${overview.replace('/app/cyclus/', '/app/beoordelen/m2/')}#beoordeling`);
  await waitForHydration(page);
  await page.getByRole('radio', { name: /overstijgt de verwachting/ }).check();
  const guard = page.getByRole('region', { name: 'Goede praktijk (nodig voor niveau 4)' });
  await expect(guard.getByRole('status')).toContainText(
    'Je niveau 4 telt mee in de spreiding van het team, gemarkeerd als "goede praktijk nog te onderbouwen".',
  );
  await expectNoAxeViolations(page);
  await guard.getByLabel('Welke goede praktijk?').fill('Vaste intakedag met leerling, ouders en CLB.');
  const criteria = guard.getByRole('group', { name: 'Criteria voor goede praktijk' }).getByRole('listitem');
  await expect(criteria).toHaveCount(5);
  for (const criterion of await criteria.all()) {
    await criterion.getByRole('checkbox').first().check();
    await criterion.getByRole('checkbox', { name: 'Verslag leerlingbespreking' }).check();
  }
  await expect(guard.getByRole('status')).toContainText('Niveau 4 is aanvaard');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();

  await openApp(page, overview);
  await expect(page.getByText('17 van 17 verwachtingen beoordeeld')).toBeVisible();
  const levels = page.getByRole('table', {
    name: 'Aantal verwachtingen per niveau, per rubriek en deelrubriek',
  });
  // Columns: overstijgt, volgens, benadert, beneden de verwachting. BL1–BL5 got levels 1, 2, 3, 1, 2.
  await expect(levels.getByRole('row', { name: /^Beleid/ })).toHaveText(/^Beleid\s*0\s*1\s*2\s*2$/);
  await expect(levels.getByRole('row', { name: /Maatwerk/ })).toHaveText(/Maatwerk\s*1\s*/);
  const expectations = page.getByRole('table', { name: 'Beoordeling, bronnen en acties per verwachting' });
  await expect(expectations.getByRole('row', { name: /R1 beoordelen/ })).toContainText(
    'beneden de verwachting',
  );
  await expect(expectations.getByRole('row', { name: /M2 beoordelen/ })).toContainText(
    /overstijgt de verwachting\s*2\s*leerlingen, ouders\s*3/,
  );
  await expect(expectations.getByRole('row', { name: /M3 beoordelen/ })).toContainText('0 (nog geen bron)');
  await expect(page.getByText('3 acties open, waarvan 1 te laat.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(overview.replace('/app/cyclus/', '/app/beoordelen/m2/'));
  await waitForHydration(page);
  await expect(page.getByLabel('Verantwoording')).toHaveValue('Verantwoording bij M2.');
  await expect(page.getByRole('radio', { name: /overstijgt de verwachting/ })).toBeChecked();
  await page.goto(overview.replace('/app/cyclus/', '/app/bronnen/'));
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Bekijken verslag.pdf' })).toHaveCount(2);

  // Next school year, from this cycle, with the open actions; R1 is then rated 3 instead of 1.
  await page.goto(overview);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Nieuwe cyclus starten' }).click();
  await page.waitForURL((url) => url.href !== overview && url.pathname === '/app/cyclus/');
  await waitForHydration(page);
  await expect(page.getByText('Zelfevaluatie 2027-2028', { exact: true })).toBeVisible();
  // The overdue action came along with the same day in the new school year as its due date.
  await expect(page.getByText('3 acties open, waarvan 0 te laat.')).toBeVisible();
  await page.getByRole('link', { name: /^R1 beoordelen/ }).click();
  await waitForHydration(page);
  await page.getByRole('radio', { name: /volgens de verwachting/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();

  // A team cycle compares the team's judgements: one member's drafts are not the team's, in either year.
  await openApp(page, '/app/vergelijken/');
  const comparison = page.getByRole('table', { name: 'Niveau per verwachting en per zelfevaluatie' });
  await expect(comparison.getByRole('row', { name: /^R1/ })).toHaveText(
    /R1\s*nog geen gezamenlijk oordeel\s*nog geen gezamenlijk oordeel\s*nog geen gezamenlijk oordeel/,
  );
  await expect(
    comparison.getByRole('columnheader', {
      name: /^Zelfevaluatie 2027-2028 \(2027-2028 · teamzelfevaluatie · fase: /,
    }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gestegen' })).toContainText(
    'Geen enkele verwachting steeg.',
  );
  await expectNoAxeViolations(page);

  await openApp(page, '/app/');
  await expect(
    page.getByRole('list', { name: 'Zelfevaluaties op dit toestel' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test('the back button walks back through the steps of starting a cycle', async ({ page }) => {
  await openApp(page, '/app/cyclus/nieuw/');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /Een focus/ }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies minstens één verwachting.');
  await page.getByRole('checkbox', { name: /^M2/ }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: /Stap 3 van 3/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: /Stap 2 van 3/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^M2/ })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('heading', { name: /Stap 1 van 3/ })).toBeVisible();
});

test('an address naming no cycle on this device says so in Dutch', async ({ page }) => {
  await openApp(page, '/app/cyclus/?cyclus=00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('alert')).toContainText('Deze zelfevaluatie staat niet op dit toestel.');
  await openApp(page, '/app/beoordelen/m2/');
  await expect(page.getByRole('alert')).toContainText('Er is geen zelfevaluatie gekozen.');
});

test('a leerondersteuner reflecting alone sees no team views and gets a personal summary', async ({
  page,
}) => {
  test.slow(true, 'starts a personal cycle, rates, and walks through its views');
  const overview = await createCycleWithKeyboard(page, 'individual', 'Sofie');
  await waitForHydration(page);
  const cycleNav = page.getByRole('navigation', { name: 'Deze zelfevaluatie' });
  await expect(cycleNav.getByRole('link', { name: 'Overzicht' })).toBeVisible();
  await expect(cycleNav.getByRole('link', { name: 'Deelnemers' })).toHaveCount(0);
  await expect(page.getByText('individuele reflectie', { exact: false }).first()).toBeVisible();

  await page.goto(`${overview.replace('/app/cyclus/', '/app/beoordelen/s2/')}#beoordeling`);
  await waitForHydration(page);
  await expect(page.getByText('Het gezamenlijke oordeel van het team komt')).toHaveCount(0);
  await page.getByRole('radio', { name: /benadert de verwachting/ }).check();
  await page.getByLabel('Sterktes', { exact: true }).fill('Korte lijnen met de leraren.');
  await page.getByLabel('Ontwikkelpunten', { exact: true }).fill('Ouders vaker betrekken.');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();

  await page.goto(overview);
  await waitForHydration(page);
  const summary = page.getByRole('region', { name: 'Persoonlijke samenvatting' });
  const s2 = summary.getByRole('article', { name: /S2/ });
  await expect(s2).toContainText('benadert de verwachting');
  await expect(s2).toContainText('Korte lijnen met de leraren.');
  await expect(s2).toContainText('Ouders vaker betrekken.');
  await expect(page.getByText('Zolang er geen gezamenlijk oordeel is')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a team adds its members, and this device can say who it belongs to', async ({ page }) => {
  test.slow(true, 'starts a team cycle, adds members and chooses who this device belongs to');
  const overview = await createCycleWithKeyboard(page, 'team', 'An Peeters');
  const participants = overview.replace('/app/cyclus/', '/app/deelnemers/');
  await openApp(page, participants);
  const list = page.getByRole('list', { name: 'Deelnemers van deze zelfevaluatie' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('An Peeters dit ben jij');

  await page.getByLabel('Naam of alias').fill('Bert');
  await page.getByLabel('Rol').selectOption({ label: 'leerondersteuner' });
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bert is toegevoegd.' })).toBeVisible();
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText('Vul je naam of een alias in.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Ik ben Bert' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'Bert' })).toContainText('dit ben jij');
  // Ratings are now saved under Bert's name: removing Bert first says that his rating goes with him.
  await page.goto(`${overview.replace('/app/cyclus/', '/app/beoordelen/r1/')}#beoordeling`);
  await waitForHydration(page);
  await page.getByRole('radio', { name: /volgens de verwachting/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
  await openApp(page, participants);
  await page.getByRole('button', { name: 'Bert verwijderen' }).click();
  await expect(page.getByText('Daarmee verdwijnen ook de beoordeling van deze deelnemer')).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'An Peeters verwijderen' }).click();
  await expect(page.getByText('Er gaan geen beoordelingen mee verloren.')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, An Peeters verwijderen' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Bert');

  // Bert was added twice by mistake and rated under both names: merged, the kept name's judgement wins where
  // they differ, the other's judgements come along, and this device is still Bert.
  await page.getByLabel('Naam of alias').fill('Bert J.');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByRole('button', { name: 'Ik ben Bert J.' }).click();
  // Stored before the ratings below: leaving at once could rate under Bert while this device was still his.
  await expect(list.getByRole('listitem').filter({ hasText: 'Bert J.' })).toContainText('dit ben jij');
  for (const [code, level] of [
    ['r1', /benadert de verwachting/],
    ['r2', /volgens de verwachting/],
  ] as const) {
    await openApp(page, `${overview.replace('/app/cyclus/', `/app/beoordelen/${code}/`)}#beoordeling`);
    await page.getByRole('radio', { name: level }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
  }
  await openApp(page, participants);
  const merge = page.getByRole('region', { name: 'Twee deelnemers samenvoegen' });
  await merge.getByLabel('Deze deelnemer verdwijnt').selectOption({ label: 'Bert J. (leerondersteuner)' });
  await merge.getByLabel('en gaat op in (blijft)').selectOption({ label: 'Bert (leerondersteuner)' });
  await merge.getByRole('button', { name: 'Samenvoegen…' }).click();
  await expect(merge.getByRole('listitem')).toHaveText([
    'R1: Bert "volgens de verwachting", Bert J. "benadert de verwachting"',
  ]);
  await expectNoAxeViolations(page);
  await merge.getByRole('button', { name: 'Ja, samenvoegen tot Bert' }).click();
  await expect(
    page.getByText(
      'Bert J. is samengevoegd met Bert. Eén verschillend oordeel van Bert J. werd niet overgenomen.',
    ),
  ).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Bert dit ben jij');
  await openApp(page, overview);
  await expect(
    page
      .getByRole('table', { name: 'Beoordeling, bronnen en acties per verwachting' })
      .getByRole('row', { name: /R[12] beoordelen/ }),
  ).toContainText(['volgens de verwachting', 'volgens de verwachting']);
});

test('a chart whose code cannot be fetched says so, keeps its table and leaves no error behind', async ({
  page,
  baseURL,
}) => {
  // As offline before chart.js was ever cached, or a page left while it was still loading.
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await loadSampleData(page);
  await page.route('**/_astro/chart-setup.*.js', (route) => route.abort('internetdisconnected'));
  await openApp(page, `/app/cyclus/?cyclus=${SAMPLE_CYCLE_ID}`);
  // A chart is drawn once it comes near the screen: scrolled to, as a reader would.
  const table = page.getByRole('table', {
    name: 'Aantal verwachtingen per niveau, per rubriek en deelrubriek',
  });
  await table.scrollIntoViewIfNeeded();
  await expect(page.getByText('De grafiek kan nu niet getoond worden', { exact: false })).toBeVisible();
  await expect(table).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(problems.pageErrors).toEqual([]);
});
