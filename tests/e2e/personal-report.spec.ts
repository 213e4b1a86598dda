import { expect, test, type Locator, type Page } from '@playwright/test';
import { createAction } from '../../src/domain/action-schema';
import { createCycle } from '../../src/domain/cycle-schema';
import { createEvidence } from '../../src/domain/evidence-schema';
import { createParticipant } from '../../src/domain/participant-schema';
import { formatCalendarDate } from '../../src/exports/calendar-date';
import { expectNoAxeViolations } from './axe';
import { downloadFile } from './download';
import { tabTo } from './keyboard-user';
import { openApp, waitForHydration } from './open-app';
import { LAPTOP, PHONE, expectNoSidewaysScroll } from './page-layout';
import { libreOfficeText } from './libreoffice-text';
import { pdfText } from './pdf-text';
import { backupWith } from './records-backup';
import { restoreBackup } from './sample-data';
import { expectSaved } from './save-status';
import { sayWhoIAm } from './who-am-i';

/** One leerondersteuner's own reflection on three expectations, with a source and an action on M1. */
function personalReflection() {
  const cycle = createCycle({
    title: 'Mijn reflectie 2026-2027',
    schoolYear: '2026-2027',
    mode: 'individual',
    scope: ['M1', 'M2', 'S1'],
  });
  const lotte = createParticipant({ cycleId: cycle.id, name: 'Lotte Maes', role: 'supportStaff' });
  const source = createEvidence({
    cycleId: cycle.id,
    title: 'Verslag van het overleg met juf Sara',
    kind: 'report',
    voices: ['teachers'],
    expectationCodes: ['M1'],
  });
  const action = createAction({
    cycleId: cycle.id,
    title: 'Handelingsplan samen met de leraar opstellen',
    expectationCodes: ['M1'],
    dueDate: '2027-02-28',
  });
  return {
    cycle,
    records: { cycles: [cycle], participants: [lotte], evidence: [source], actions: [action] },
  };
}

/** What Lotte writes on M1: her judgement's texts and one journal note. */
const WRITTEN = {
  justification: 'Ik stem mijn ondersteuning nog te weinig af op wat de leraar zelf vraagt.',
  strengths: 'Ik kom snel langs wanneer een school belt.',
  pointsToDevelop: 'Doelen samen met de leraar formuleren in plaats van voor hem.',
  note: 'Overleg met juf Sara: zij wil vooral tips voor de instructie, niet voor de hele klas.',
};

/** Sections and words that belong to a centre's or a team's report, never to one person's reflection. */
const NOT_PERSONAL = [
  'Administratieve gegevens',
  'Hoe ontwikkelt het leersteuncentrum zijn eigen kwaliteit?',
  'Werking en regelgeving',
  'Aanbevelingen',
  'aanbevelingen van het team',
  'Deelnemers',
  'consensus',
  'gezamenlijk',
  'jullie',
];
/** "team" as a word of its own: the referentiekader's "schoolteamgerichte" (M1) is quoted, not ours. */
const TEAM_WORD = /\bteam\b/i;

/** Today on the browser's calendar, as the journal dates a new note. */
const today = (): string => new Date().toLocaleDateString('sv-SE');

const squash = (text: string): string => text.replace(/\s+/g, '');

function expectPersonal(text: string): void {
  for (const words of NOT_PERSONAL) expect(squash(text), words).not.toContain(squash(words));
  expect(text).not.toMatch(TEAM_WORD);
}

async function rateM1(page: Page, overview: string): Promise<void> {
  await openApp(page, `${overview.replace('/app/cyclus/', '/app/beoordelen/m1/')}#beoordeling`);
  await sayWhoIAm(page, /Lotte Maes/);
  await page.getByRole('radio', { name: /benadert de verwachting/ }).check();
  await page.getByLabel('Verantwoording').fill(WRITTEN.justification);
  await page.getByLabel('Sterktes').fill(WRITTEN.strengths);
  await page.getByLabel('Ontwikkelpunten').fill(WRITTEN.pointsToDevelop);
  await expectSaved(page);
}

/** Adds a note to the journal with the keyboard only: to the note, type, on to the button, Enter. */
async function addNoteByKeyboard(page: Page, journal: Locator, text: string): Promise<void> {
  await tabTo(page, journal.getByLabel('Notitie', { exact: true }));
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await expect(journal.getByRole('button', { name: 'Notitie toevoegen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(journal.getByRole('status')).toHaveText('De notitie is toegevoegd.');
  // Focus stays where the next note is written.
  await expect(journal.getByLabel('Notitie', { exact: true })).toBeFocused();
}

test('a personal reflection: rating, journal, action and source come back in a personal report, on screen and in Word, without the LSC sections', async ({
  page,
}) => {
  // Rates, keeps a journal, builds the report three ways and has LibreOffice convert the Word file: 20 s on a
  // quiet machine, 48–66 s on two cores shared with other runs, so three minutes rather than the slow 90 s.
  test.setTimeout(180_000);
  const { cycle, records } = personalReflection();
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, {
    name: 'reflectie.zip',
    mimeType: 'application/zip',
    buffer: await backupWith(records),
  });
  const overview = `/app/cyclus/?cyclus=${cycle.id}`;
  await rateM1(page, overview);

  const journal = page.getByRole('region', { name: 'Mijn logboek' });
  await expect(journal).toContainText('Nog geen notities.');
  await expect(journal.getByRole('form', { name: 'Nieuwe notitie' }).getByLabel('Datum')).toHaveValue(
    today(),
  );
  await addNoteByKeyboard(page, journal, WRITTEN.note);
  const entries = journal.getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(formatCalendarDate(today()));
  await expect(entries.first()).toContainText(WRITTEN.note);

  // A note is changed in place, and removed only after a question in the page (the harmless answer first).
  await addNoteByKeyboard(page, journal, 'Een notitie met een tikfout.');
  const typo = entries.filter({ hasText: 'tikfout' });
  await typo.getByRole('button', { name: /wijzigen$/ }).click();
  const editing = journal.getByRole('group', { name: /wijzigen$/ });
  await editing.getByLabel('Notitie').fill('Een notitie zonder fout.');
  await editing.getByRole('button', { name: 'Bewaren' }).click();
  await expect(journal.getByRole('status')).toHaveText('De notitie is bewaard.');
  const fixed = entries.filter({ hasText: 'zonder fout' });
  await fixed.getByRole('button', { name: /verwijderen$/ }).click();
  await expect(fixed.getByText(/verwijderen\? Dat kun je niet ongedaan maken\./)).toBeFocused();
  await fixed.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(journal.getByRole('status')).toHaveText('De notitie is verwijderd.');
  await expect(entries).toHaveCount(1);

  // A note being typed survives a reload, as a draft, until it is added or discarded.
  await journal.getByLabel('Notitie', { exact: true }).fill('Nog niet toegevoegd.');
  await page.reload();
  await waitForHydration(page);
  await expect(journal.getByLabel('Notitie', { exact: true })).toHaveValue('Nog niet toegevoegd.');
  await expectNoAxeViolations(page);
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page);
  await page.setViewportSize(LAPTOP);

  await openApp(page, overview.replace('/app/cyclus/', '/app/rapport/'));
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  await expect(report.getByRole('heading', { level: 2 })).toHaveText([
    'Persoonlijke reflectie — Mijn reflectie 2026-2027',
    'Inhoud',
    'In één oogopslag',
    '1. Mijn reflectie per kwaliteitsverwachting',
    '2. Samenvatting',
    '3. Mijn acties',
    '4. Bijlagen',
  ]);
  await expect(report).toContainText('Lotte Maes');
  const m1 = report.getByRole('region', { name: /^M1 / });
  await expect(m1).toContainText('benadert de verwachting');
  for (const text of Object.values(WRITTEN)) await expect(m1).toContainText(text);
  await expect(m1).toContainText(formatCalendarDate(today()));
  await expect(m1).toContainText('Handelingsplan samen met de leraar opstellen');
  await expect(m1).toContainText('Verslag van het overleg met juf Sara');
  expectPersonal(await report.innerText());
  // The editors of the team's recommendations and the regulations checklist have nothing to edit here.
  await expect(page.getByText('Het rapport aanvullen')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // On a phone the personal report fits the window too, and still passes axe.
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize(LAPTOP);

  const expected = [
    'Mijn reflectie per kwaliteitsverwachting',
    'Lotte Maes',
    ...Object.values(WRITTEN),
    formatCalendarDate(today()),
    'Handelingsplan samen met de leraar opstellen',
    'Verslag van het overleg met juf Sara',
  ];
  const word = await libreOfficeText(await downloadFile(page, 'Word-bestand (.docx)'));
  // Printed or saved as PDF from the browser: the same report.
  await page.emulateMedia({ media: 'print' });
  const printed = (await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).text;
  for (const text of [word, printed]) {
    for (const written of expected) expect(squash(text), written).toContain(squash(written));
    expectPersonal(text);
  }
});
