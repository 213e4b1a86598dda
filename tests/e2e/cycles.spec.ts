import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAssessment } from '../../src/domain/assessment';
import { createCycle } from '../../src/domain/cycle-schema';
import { createParticipant } from '../../src/domain/participant-schema';
import { expectNoAxeViolations } from './axe';
import { openApp, waitForHydration } from './open-app';
import { addAction, closeCycle, startCycle, viewOf } from './cycle-steps';
import { backupWith } from './records-backup';
import { restoreBackup } from './sample-data';
import { sayWhoIAm } from './who-am-i';

/** A new browser context: another person's laptop, with nothing stored. */
async function freshLaptop(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('a backup restored on another laptop asks who you are before a rating can be typed', async ({
  browser,
}) => {
  test.slow(); // two browser contexts, a restore and a rating
  // A team cycle of An (coordinator) and Bert, with An's rating of R1, as a backup that says nobody is "me".
  const cycle = createCycle({ title: 'Zelfevaluatie 2025-2026', schoolYear: '2025-2026', mode: 'team' });
  const an = createParticipant({ cycleId: cycle.id, name: 'An Peeters', role: 'coordinator' });
  const bert = createParticipant({ cycleId: cycle.id, name: 'Bert', role: 'supportStaff' });
  const ansRating = {
    ...createAssessment({
      cycleId: cycle.id,
      expectationCode: 'R1',
      kind: 'individual',
      participantId: an.id,
    }),
    rating: 'meets' as const,
    justification: 'Het oordeel van An.',
  };
  const backup = await backupWith({ cycles: [cycle], participants: [an, bert], assessments: [ansRating] });

  const director = await freshLaptop(browser);
  await openApp(director, '/app/gegevens/');
  await director.getByLabel('Kies een back-upbestand (.zip)').setInputFiles({
    name: 'leersteunspiegel-backup.zip',
    mimeType: 'application/zip',
    buffer: backup,
  });
  // Before restoring, the restore says what happens to "who am I".
  await expect(
    director.getByText(/Wie jij bent in elke zelfevaluatie, komt niet mee uit een back-up/),
  ).toBeVisible();
  await restoreBackup(director, {
    name: 'leersteunspiegel-backup.zip',
    mimeType: 'application/zip',
    buffer: backup,
  });

  await openApp(director, `/app/beoordelen/r1/?cyclus=${cycle.id}`);
  const ask = director.getByRole('form', { name: 'Wie ben jij op dit toestel?' });
  await expect(ask).toBeVisible();
  // No rating form, so nothing can be typed into An's ratings.
  await expect(director.getByLabel('Verantwoording')).toHaveCount(0);
  await expect(director.getByText('Het oordeel van An.')).toHaveCount(0);
  await expect(ask.getByRole('button', { name: 'Dit ben ik' })).toBeDisabled();
  await expectNoAxeViolations(director);

  await sayWhoIAm(director, 'Bert (leerondersteuner)');
  const justification = director.getByLabel('Verantwoording');
  await expect(justification).toHaveValue('');
  await director.getByRole('radio', { name: /benadert de verwachting/ }).check();
  await justification.fill('Het oordeel van Bert.');
  await expect(director.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();

  // An's rating is untouched; Bert's is his own.
  await director.reload();
  await waitForHydration(director);
  await expect(director.getByLabel('Verantwoording')).toHaveValue('Het oordeel van Bert.');
  await openApp(director, `/app/deelnemers/?cyclus=${cycle.id}`);
  await expect(director.getByRole('listitem').filter({ hasText: 'Bert' })).toContainText('dit ben jij');
  await director.context().close();
});

// The whole journey with the coordinator's own backup: a restore never takes the settings record (and with it
// "who am I") from the backup.
test("the coordinator's own backup, restored on the director's laptop, asks who she is", async ({
  browser,
}) => {
  test.slow(); // two browser contexts, a cycle made, rated and backed up, then restored
  const coordinator = await freshLaptop(browser);
  const overview = await startCycle(coordinator, {
    mode: 'team',
    name: 'An Peeters',
    schoolYear: '2025-2026',
  });
  await openApp(coordinator, viewOf(overview, '/app/deelnemers/'));
  await coordinator.getByLabel('Naam of alias').fill('Dirk');
  await coordinator.getByLabel('Rol').selectOption({ label: 'directie' });
  await coordinator.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(coordinator.getByText('Dirk is toegevoegd.')).toBeVisible();
  await openApp(coordinator, `${viewOf(overview, '/app/beoordelen/r1/')}#beoordeling`);
  await coordinator.getByRole('radio', { name: /volgens de verwachting/ }).check();
  await coordinator.getByLabel('Verantwoording').fill('Het oordeel van An.');
  await expect(
    coordinator.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' }),
  ).toBeVisible();
  await openApp(coordinator, '/app/gegevens/');
  const pending = coordinator.waitForEvent('download');
  await coordinator.getByRole('button', { name: 'Back-up downloaden' }).click();
  const backup = test.info().outputPath('backup-an.zip');
  await (await pending).saveAs(backup);

  const director = await freshLaptop(browser);
  await openApp(director, '/app/gegevens/');
  await restoreBackup(director, backup);
  await openApp(director, `${viewOf(overview, '/app/beoordelen/r1/')}#beoordeling`);
  await expect(director.getByRole('form', { name: 'Wie ben jij op dit toestel?' })).toBeVisible();
  await expect(director.getByLabel('Verantwoording')).toHaveCount(0);
  await sayWhoIAm(director, 'Dirk (directie)');
  await expect(director.getByLabel('Verantwoording')).toHaveValue('');
  await coordinator.context().close();
  await director.context().close();
});

test('"Volgend schooljaar starten" twice leads to one successor with one copy of each open action', async ({
  page,
}) => {
  test.slow(); // a whole cycle walked to its end, then next year started and asked for again
  const overview = await startCycle(page, {
    mode: 'individual',
    name: 'An Peeters',
    schoolYear: '2025-2026',
  });
  await openApp(page, viewOf(overview, '/app/actieplan/'));
  await addAction(page, 'Visietekst herwerken', 'uitgesteld', { dueDate: '2026-03-31' });
  await addAction(page, 'Intake met het CLB', 'lopend');
  await openApp(page, viewOf(overview, '/app/bronnen/'));
  await page.getByRole('button', { name: 'Nieuwe bron toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe bron' });
  await form.getByLabel('Titel').fill('Visietekst van het centrum');
  await form.getByRole('radio', { name: 'document' }).check();
  await form.getByRole('checkbox', { name: /^V1 — / }).check();
  await form.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('heading', { name: 'Visietekst van het centrum' })).toBeVisible();
  await closeCycle(page, overview, 'individual');

  // The overdue action asks for a new due date, proposed on the same day in the new school year.
  const next = page.getByRole('region', { name: 'Volgend schooljaar starten' });
  await expect(next.getByLabel('Nieuwe einddatum voor "Visietekst herwerken"')).toHaveValue('2027-03-31');
  // Sources go along only when chosen: folded, the choice says how many are.
  const sources = next.locator('summary', { hasText: 'Kies de bronnen die meegaan' });
  await expect(sources).toHaveText('Kies de bronnen die meegaan (0 van 1 gekozen)');
  await expect(next.getByRole('checkbox', { name: 'Visietekst van het centrum' })).toBeHidden();
  await sources.click();
  await next.getByRole('checkbox', { name: 'Visietekst van het centrum' }).check();
  await expect(sources).toHaveText('Kies de bronnen die meegaan (1 van 1 gekozen)');
  await expectNoAxeViolations(page);
  await next.getByRole('button', { name: 'Nieuwe cyclus starten' }).click();
  await page.waitForURL((url) => url.href !== overview && url.pathname === '/app/cyclus/');
  const successor = page.url();
  await openApp(page, viewOf(successor, '/app/actieplan/'));
  const rows = page.getByRole('table', { name: 'Acties van dit actieplan' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  const vision = rows.filter({ hasText: 'Visietekst herwerken' });
  await expect(vision).toContainText('uitgesteld');
  await expect(vision).toContainText('31 maart 2027');
  await expect(vision).toContainText('overgenomen uit 2025-2026');
  await openApp(page, viewOf(successor, '/app/bronnen/'));
  await expect(page.getByRole('heading', { name: 'Visietekst van het centrum' })).toBeVisible();

  // Asked again on last year's cycle, the app opens the successor instead of making another.
  await openApp(page, overview);
  await page.getByRole('link', { name: 'Volgend schooljaar starten' }).click();
  await expect(next).toContainText('Het volgende schooljaar is al gestart');
  await expect(next.getByRole('button', { name: 'Tweede cyclus starten' })).toBeHidden();
  await next.getByRole('link', { name: 'Open de zelfevaluatie van het volgende schooljaar' }).click();
  await expect(page).toHaveURL(successor);

  await openApp(page, '/app/');
  await expect(
    page.getByRole('list', { name: 'Zelfevaluaties op dit toestel' }).getByRole('listitem'),
  ).toHaveCount(2);
  // Last year's plan says where its actions went, and does not call them late.
  await openApp(page, viewOf(overview, '/app/actieplan/'));
  const old = page.getByRole('table', { name: 'Acties van dit actieplan' });
  await expect(old.getByRole('row').filter({ hasText: 'overgenomen naar 2026-2027' })).toHaveCount(2);
  await expect(old).not.toContainText('te laat');
  await expect(page.getByText('Geen open acties.')).toBeVisible();
});

test('a closed cycle cannot be edited until it is deliberately reopened', async ({ page }) => {
  test.slow(); // a cycle walked through all six phases, then every editing view visited
  const overview = await startCycle(page, {
    mode: 'team',
    name: 'An Peeters',
    schoolYear: '2025-2026',
  });
  await closeCycle(page, overview, 'team');

  await openApp(page, `${viewOf(overview, '/app/beoordelen/r1/')}#beoordeling`);
  await expect(page.getByText(/^Afgesloten op /)).toBeVisible();
  await expect(page.getByRole('radio', { name: /volgens de verwachting/ })).toBeDisabled();
  await expect(page.getByLabel('Verantwoording')).toBeDisabled();
  await expectNoAxeViolations(page);
  await openApp(page, viewOf(overview, '/app/actieplan/'));
  await expect(page.getByLabel('Titel van de nieuwe actie')).toHaveCount(0);
  await openApp(page, viewOf(overview, '/app/bronnen/'));
  await expect(page.getByRole('button', { name: 'Nieuwe bron toevoegen' })).toHaveCount(0);
  // Who took part is part of the record: no one is added, removed, merged or invited, and no file read in.
  await openApp(page, viewOf(overview, '/app/deelnemers/'));
  await expect(page.getByRole('listitem').filter({ hasText: 'An Peeters' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deelnemer toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Twee deelnemers samenvoegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'An Peeters verwijderen' })).toHaveCount(0);
  await openApp(page, viewOf(overview, '/app/bijdragen/'));
  await expect(page.getByText(/^Afgesloten op /)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bijdragen inlezen' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Heropenen' }).click();
  await waitForHydration(page);
  const reopen = page.getByRole('button', { name: 'Zelfevaluatie heropenen' });
  await expect(reopen).toBeDisabled();
  await page.getByLabel('Ik heropen deze afgesloten zelfevaluatie bewust.').check();
  await reopen.click();
  await expect(
    page.getByText('De zelfevaluatie is heropend en staat weer in de fase opvolging.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Eerder heropend' })).toBeVisible();
  await expect(page.getByText(/^Afgesloten op .*, heropend op /)).toBeVisible();

  await openApp(page, `${viewOf(overview, '/app/beoordelen/r1/')}#beoordeling`);
  await page.getByRole('radio', { name: /volgens de verwachting/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
});
