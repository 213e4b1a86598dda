import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations } from './axe';
import { downloadFile } from './download';
import { openApp, waitForHydration } from './open-app';
import { LAPTOP, PHONE, expectNoSidewaysScroll } from './page-layout';
import { createTeamCycle } from './team-contributions';

const FIXTURES = 'tests/fixtures/spreadsheets';
const MICROSOFT = `${FIXTURES}/microsoft-forms-ouders.xlsx`;
const GOOGLE = `${FIXTURES}/google-forms-ouders.csv`;
/** Where the page's screenshots are kept, to be looked at by eye. */
const SHOTS = '/tmp/spreadsheet-shots';
const FIRST_STATEMENT = 'Bij de start wist ik wat leersteun is en wat ik ervan kon verwachten.';

/** Chooses a result file and waits until it is read and mapped. */
async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByLabel('Resultatenbestand (.xlsx of .csv)').setInputFiles(path);
}

/** The dropped columns the page names for the file just read. */
const droppedList = (page: Page) =>
  page.getByRole('list').filter({ has: page.getByText('(e-mailadressen)') });

test('a coordinator rebuilds a parents’ bevraging in Microsoft Forms, reads back its .xlsx and a Google Forms .csv without names or e-mail addresses, and once closed the results show the hand-computed distribution', async ({
  page,
}) => {
  test.slow(true, 'a cycle and a bevraging through the interface, two files read, then the rating page');
  const cycleId = await createTeamCycle(page, 'Ouders via Forms', ['BL1']);
  await openApp(page, `/app/bevragingen/?cyclus=${cycleId}`);
  await page.getByRole('button', { name: 'Nieuwe bevraging' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe bevraging' });
  await form.getByRole('radio', { name: 'ouders', exact: true }).check();
  // The form in Microsoft Forms asks all thirteen statements, so this bevraging does.
  for (const box of await form
    .getByRole('group', { name: /Stellingen uit de vragenlijst/ })
    .getByRole('checkbox')
    .all())
    await box.check();
  await form.getByLabel('Hoeveel mensen vraag je?').fill('40');
  await form.getByRole('button', { name: 'Bewaren' }).click();
  await page.getByRole('link', { name: 'Microsoft Forms of Google Forms Bevraging van ouders' }).click();
  await waitForHydration(page);
  await expect(
    page.getByRole('heading', { name: 'Bevraging van ouders: Microsoft Forms of Google Forms' }),
  ).toBeVisible();

  // The Word file for Quick import: numbered statements, each with the scale's exact words under it.
  const docx = readFileSync(await downloadFile(page, 'Word-bestand voor Microsoft Forms'));
  const paragraphs = [
    ...strFromU8(unzipSync(docx)['word/document.xml']!).matchAll(/<w:p[ >].*?<\/w:p>/g),
  ].map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''));
  const first = paragraphs.indexOf(`1. ${FIRST_STATEMENT}`);
  expect(paragraphs.slice(first, first + 6)).toEqual([
    `1. ${FIRST_STATEMENT}`,
    'klopt niet',
    'klopt eerder niet',
    'klopt eerder wel',
    'klopt',
    'weet ik niet / niet van toepassing',
  ]);

  // Microsoft Forms' .xlsx: the columns of who and when are dropped and named; the mapping is done by itself.
  await chooseFile(page, MICROSOFT);
  await expect(page.getByRole('heading', { name: 'Kolommen van microsoft-forms-ouders.xlsx' })).toBeVisible();
  await expect(droppedList(page).getByRole('listitem')).toHaveText([
    '"ID" (volgnummers)',
    '"Begintijd" (tijdstippen)',
    '"Tijd van voltooien" (tijdstippen)',
    '"E-mail" (e-mailadressen)',
    '"Naam" (namen)',
    '"Tijd van laatste wijziging" (tijdstippen)',
  ]);
  await expect(page.getByLabel(`Kolom "1. ${FIRST_STATEMENT}"`)).toHaveValue(/^statement:/);
  await expect(page.getByText('8 respondenten met antwoorden.')).toBeVisible();
  for (const viewport of [PHONE, LAPTOP]) {
    await page.setViewportSize(viewport);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    for (const part of ['Kolommen van microsoft-forms-ouders.xlsx', 'Wat er bijkomt']) {
      const top = (await page.getByRole('heading', { name: part }).boundingBox())?.y ?? 0;
      await page.screenshot({
        path: `${SHOTS}/${viewport.width}-${part.split(' ')[0]}.png`,
        fullPage: true,
        clip: { x: 0, y: top - 20, width: viewport.width, height: 1100 },
      });
    }
  }
  await page.getByRole('button', { name: '8 antwoorden bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'bewaard' })).toHaveText(
    '8 respondenten uit microsoft-forms-ouders.xlsx bewaard.',
  );

  // Google Forms' .csv: its timestamp and e-mail addresses are dropped too.
  await chooseFile(page, GOOGLE);
  await expect(droppedList(page).getByRole('listitem')).toHaveText([
    '"Tijdstempel" (tijdstippen)',
    '"E-mailadres" (e-mailadressen)',
  ]);
  await page.getByRole('button', { name: '6 antwoorden bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'bewaard' })).toHaveText(
    '6 respondenten uit google-forms-ouders.csv bewaard.',
  );

  // A word that is not on the scale is named by row and column, and blocks until it counts as left open.
  await page.getByLabel('Resultatenbestand (.xlsx of .csv)').setInputFiles({
    name: 'eigen-lijst.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Naam;2. Ik weet wie de leerondersteuner is\nAn;klopt\nBert;misschien\n`),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'herkent' })).toContainText(
    'rij 3, kolom "2. Ik weet wie de leerondersteuner is": "misschien"',
  );
  const confirm = page.getByRole('button', { name: /antwoord(en)? bewaren$/ });
  await expect(confirm).toBeDisabled();
  await page.getByLabel('Onbekende antwoorden tellen als niet ingevuld').check();
  await expect(confirm).toBeEnabled();
  await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();

  // The same file again is refused by its name, before any mapping.
  await chooseFile(page, MICROSOFT);
  await expect(page.getByRole('alert')).toHaveText(
    'microsoft-forms-ouders.xlsx is al ingelezen: de antwoorden uit dit bestand staan al bij de bevraging. Er is niets dubbel bewaard.',
  );

  // Closed, the results show beside BL1: statement 1 got klopt 3 + 3, klopt eerder wel 2 + 1, klopt eerder niet
  // 1 + 1, klopt niet 1 + 1 (one parent left it open): 9 of 13 agree.
  await page.getByRole('link', { name: 'Terug naar de bevragingen' }).click();
  await waitForHydration(page);
  const card = page.getByRole('article', { name: 'Bevraging van ouders' });
  await expect(card).toContainText(/Antwoorden tot nu toe\s*14/);
  await page.getByRole('button', { name: 'Nu afsluiten Bevraging van ouders' }).click();
  await page.getByRole('button', { name: 'Ja, nu afsluiten' }).click();
  await expect(card).toContainText('afgesloten');
  await openApp(page, `/app/beoordelen/bl1/?cyclus=${cycleId}`);
  const statement = page.getByRole('listitem').filter({ hasText: FIRST_STATEMENT }).last();
  await expect(statement.getByText('69% akkoord')).toBeVisible();
  await statement.getByText('Cijfers in een tabel').click();
  const table = statement.getByRole('table');
  await expect(table.getByRole('row')).toHaveText([
    /Antwoord\s*Aantal/,
    /klopt niet\s*2/,
    /klopt eerder niet\s*2/,
    /klopt eerder wel\s*3/,
    /klopt\s*6/,
    /weet ik niet \/ niet van toepassing\s*0/,
  ]);
});
