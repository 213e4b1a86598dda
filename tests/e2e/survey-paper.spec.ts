import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createCycle } from '../../src/domain/cycle-schema';
import { createParticipant } from '../../src/domain/participant-schema';
import { createSurvey } from '../../src/domain/survey/survey-schema';
import { surveyCode } from '../../src/domain/survey/survey-code';
import { expectNoAxeViolations } from './axe';
import { downloadFile } from './download';
import { openApp, waitForPageSettled } from './open-app';
import { LAPTOP, PHONE, expectFocusAlwaysSeen, expectNoSidewaysScroll } from './page-layout';
import { pdfText } from './pdf-text';
import { backupWith } from './records-backup';
import { restoreBackup } from './sample-data';
import { sayWhoIAm } from './who-am-i';

/** Where the printed form, its Word file and the grid's screenshots are kept, to be looked at by eye. */
const SHOTS = '/tmp/paper-shots';

const cycle = createCycle({
  title: 'Zelfevaluatie op papier',
  schoolYear: '2026-2027',
  mode: 'team',
  scope: ['R1'],
});
const an = createParticipant({ cycleId: cycle.id, name: 'An', role: 'coordinator' });
/** The parents' thirteen statements and two of the centre's own: a form of fifteen, running for years. */
const parents = createSurvey({
  cycleId: cycle.id,
  group: 'parents',
  itemIds: [
    'ouder-uitleg-bij-start',
    'ouder-leerondersteuner-bereikbaar',
    'ouder-mening-bij-doelen',
    'ouder-kennis-gebruikt',
    'ouder-past-bij-kind',
    'ouder-genoeg-leersteun',
    'ouder-op-de-hoogte',
    'ouder-leren-beter',
    'ouder-kind-voelt-zich-beter',
    'ouder-kind-zelfstandiger',
    'ouder-kind-doet-mee',
    'ouder-overstap-goed-voorbereid',
    'ouder-tevreden',
  ],
  ownStatements: [
    { id: crypto.randomUUID(), statement: 'De infoavond over leersteun was nuttig.', informs: ['R1'] },
    { id: crypto.randomUUID(), statement: 'Ik kreeg het verslag van het overleg op tijd.', informs: ['R1'] },
  ],
  startDate: '2026-01-01',
  endDate: '2099-06-30',
  askedCount: 20,
});
const CODE = surveyCode(parents);
/** Pupils of the lagere school read the form themselves: large type and a face beside each answer. */
const pupils = createSurvey({
  cycleId: cycle.id,
  group: 'primaryPupils',
  itemIds: ['lager-graag-hulp', 'lager-weet-waarom', 'lager-wordt-geluisterd', 'lager-beter-leren'],
  startDate: '2026-01-01',
  endDate: '2099-06-30',
  askedCount: 25,
});

/**
 * The ten forms as typed: per statement the digit beside the ticked box (1 klopt niet … 4 klopt, 0 weet ik
 * niet), a space where the parent ticked nothing. Form 3 is typed wrongly and fixed to all 2s; form 10 is a form
 * typed twice, and removed.
 */
const FORMS = [
  '432104321043210',
  '443322110044332',
  '111111111111111',
  '4444444444 4444',
  '321032103210321',
  '000000000000000',
  '123412341234123',
  '343434343434343',
  '21 21 21 21 21 ',
  '444444444444444',
];
const FIXED_FORM_3 = '222222222222222';
const HOSTILE = '<img src=x onerror="document.title=\'gehackt\'">';

/** The cells of a statement's row in the totals: digits 1, 2, 3, 4, then 0 and left open. */
const totalsOf = (page: Page, statement: number): Locator =>
  page
    .getByRole('table')
    .getByRole('row', { name: new RegExp(`^Stelling ${statement} `) })
    .getByRole('cell');

/** Presses Shift+Tab until the element has focus, as a keyboard user goes back up a page. */
async function shiftTabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(target).toBeFocused();
}

/** The page records how long each keystroke takes to reach the screen, and each Enter to store its form. */
function recordLatency(): void {
  const keys: number[] = [];
  const rows: number[] = [];
  Object.assign(window, { paperLatency: { keys, rows } });
  addEventListener(
    'keydown',
    (event) => {
      const start = performance.now();
      if (event.key === 'Enter') {
        const status = document.querySelector('.paper-entry [role="status"]');
        if (!status) return;
        const watch = new MutationObserver(() => {
          rows.push(performance.now() - start);
          watch.disconnect();
        });
        watch.observe(status, { childList: true, characterData: true, subtree: true });
      } else if (/^[0-9 ]$/.test(event.key)) {
        // Preact renders in a microtask after the handler: a task queued now runs once the cell shows the digit.
        setTimeout(() => keys.push(performance.now() - start));
      }
    },
    true,
  );
}

test('ten paper forms typed in by keyboard alone give the distribution counted by hand, live and once the bevraging is closed; one fixed, one removed; the printed form and its Word file carry the code on every page', async ({
  page,
  context,
}) => {
  test.slow(true, 'a hundred and sixty keystrokes, a print to PDF and a Word file');
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize(LAPTOP);
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, {
    name: 'papier.zip',
    mimeType: 'application/zip',
    buffer: await backupWith({ cycles: [cycle], participants: [an], surveys: [parents, pupils] }),
  });

  // The card shows the code; its link leads to the printable form.
  await openApp(page, `/app/bevragingen/?cyclus=${cycle.id}`);
  let card = page.getByRole('article', { name: 'Bevraging van ouders' });
  await expect(card).toContainText(new RegExp(`Code\\s*${CODE}`));
  await page.setViewportSize(PHONE);
  await card.screenshot({ path: `${SHOTS}/card-360.png` });
  await page.setViewportSize(LAPTOP);
  await card.getByRole('link', { name: 'Op papier Bevraging van ouders' }).click();
  await waitForPageSettled(page);
  await expect(page.getByRole('heading', { name: 'Vragenlijst voor ouders' })).toBeVisible();
  await expect(page.locator('.statements > li')).toHaveCount(15);
  await expect(page.getByText('Naam', { exact: true })).toHaveCount(0);
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/form-${size.width}.png`, fullPage: true });
  }
  // Printed: A4, the code at the top of every page, no button.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(`${SHOTS}/form.pdf`, pdf);
  const printed = await pdfText(pdf);
  expect(printed.pages).toBeGreaterThan(1);
  const pages = printed.text.split('\n').map((text) => text.replace(/\s+/g, ' '));
  for (const pageText of pages) expect(pageText).toContain(`Code ${CODE}`);
  expect(pages.join(' ')).toContain('15. Ik kreeg het verslag van het overleg op tijd.');
  expect(printed.text).not.toContain('Afdrukken');
  // The Word file: the code in the header of every page, every statement numbered, a box per answer.
  const word = await downloadFile(page, 'Word-bestand downloaden');
  writeFileSync(`${SHOTS}/form.docx`, readFileSync(word));
  const files = unzipSync(readFileSync(word));
  const header = Object.entries(files).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1];
  expect(strFromU8(header ?? new Uint8Array())).toContain(CODE);
  const wordXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  expect(wordXml).toContain('De infoavond over leersteun was nuttig.');
  expect(wordXml.match(/\u2610/g)).toHaveLength(15 * 5);

  // The pupils' form: a face beside each answer's words, and the form's own code.
  await openApp(page, `/app/bevragingen/papier/?bevraging=${pupils.id}`);
  await expect(page.locator('.statements > li').first().locator('svg.pictogram')).toHaveCount(4);
  await expect(page.getByText(surveyCode(pupils)).first()).toBeVisible();
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  }
  writeFileSync(`${SHOTS}/pupils.pdf`, await page.pdf({ format: 'A4', printBackground: true }));
  const pupilsWord = readFileSync(await downloadFile(page, 'Word-bestand downloaden'));
  writeFileSync(`${SHOTS}/pupils.docx`, pupilsWord);
  // In Word too, a face to colour for each answer of each statement.
  const pupilsDocument = strFromU8(unzipSync(pupilsWord)['word/document.xml'] ?? new Uint8Array());
  expect(pupilsDocument.match(/<w:drawing>/g)).toHaveLength(4 * 4);

  // The entry grid, reached by the link of the parents' form; the cursor waits in the first cell.
  await page.goBack();
  await waitForPageSettled(page);
  await page.getByRole('link', { name: 'Ingevulde formulieren invoeren' }).click();
  await waitForPageSettled(page);
  await expect(page.getByLabel('Formulier 1, stelling 1', { exact: true })).toBeFocused();
  await page.evaluate(recordLatency);
  for (const [index, form] of FORMS.entries()) {
    const number = index + 1;
    const alert = page.locator('.paper-row__message');
    if (number === 2) {
      // A digit the scale does not have is refused on the spot; what was typed stays.
      await page.keyboard.type(form.slice(0, 4));
      await page.keyboard.press('9');
      await expect(alert).toHaveText(
        '"9" kan niet bij stelling 5: typ 1 tot 4, 0 voor "weet ik niet", of een spatie als de stelling open bleef.',
      );
      await expect(page.getByLabel('Formulier 2, stelling 5', { exact: true })).toBeFocused();
      await expect(page.getByLabel('Formulier 2, stelling 4', { exact: true })).toHaveValue('3');
      await page.keyboard.type(form.slice(4));
    } else if (number === 4) {
      // Enter on a half form stores nothing and says which statements are still empty.
      await page.keyboard.type(form.slice(0, 12));
      await page.keyboard.press('Enter');
      await expect(alert).toContainText('stelling 13, 14, 15 zijn nog leeg');
      await expect(page.getByLabel('Formulier 4, stelling 13', { exact: true })).toBeFocused();
      await expect(page.getByRole('heading', { name: 'Ingevoerde formulieren (3)' })).toBeVisible();
      // The tab closes; the half form is there in a new one, the cursor where it left off.
      const next = await context.newPage();
      await page.close();
      page = next;
      await openApp(page, `/app/bevragingen/invoeren/?bevraging=${parents.id}`);
      await expect(page.getByLabel('Formulier 4, stelling 13', { exact: true })).toBeFocused();
      await expect(page.getByLabel('Formulier 4, stelling 12', { exact: true })).toHaveValue('4');
      await expect(page.getByLabel('Formulier 4, stelling 11', { exact: true })).toHaveValue('-');
      await page.evaluate(recordLatency);
      await page.keyboard.type(form.slice(12));
    } else {
      await page.keyboard.type(form);
    }
    // The open answers follow the statements; the first form carries hostile text, copied as written.
    if (number === 1) await page.keyboard.type(HOSTILE);
    if (number === 2) {
      await page.keyboard.press('Tab');
      await page.keyboard.type('Meer overleg met de school.');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'is bewaard' })).toHaveText(
      `Formulier ${number} is bewaard. Typ het volgende formulier.`,
    );
    await expect(page.getByLabel(`Formulier ${number + 1}, stelling 1`, { exact: true })).toBeFocused();
  }
  await expect(page.getByRole('heading', { name: 'Ingevoerde formulieren (10)' })).toBeVisible();
  // Statement 8 by hand: 1 in forms 2, 3 and 9; 2 in form 1; 4 in forms 4, 7, 8 and 10; 0 in forms 5 and 6.
  await expect(totalsOf(page, 8)).toHaveText(['3', '1', '0', '4', '2', '0']);
  // The hostile words are shown as text, and did nothing.
  await expect(page.getByText(HOSTILE)).toBeVisible();
  expect(await page.title()).not.toBe('gehackt');
  const latency = await page.evaluate(
    () => (window as unknown as { paperLatency: { keys: number[]; rows: number[] } }).paperLatency,
  );

  // Form 3 fixed, by keyboard: back up to its button, type the row again, Enter. It is found by its digits: the
  // forms stored before the tab closed are listed in a fixed order of their own, not the order typed (an answer
  // keeps no sequence number).
  const wrongForm = page.locator('.paper-rows__form').filter({ hasText: '11111 11111 11111' });
  const fixButton = wrongForm.getByRole('button', { name: /^Verbeteren Formulier \d+$/ });
  const wrongNumber = ((await fixButton.textContent()) ?? '').replace(/\D/g, '');
  await shiftTabTo(page, fixButton);
  await page.keyboard.press('Enter');
  const firstCell = page.getByLabel(`Formulier ${wrongNumber}, stelling 1`, { exact: true });
  await expect(firstCell).toBeFocused();
  await expect(firstCell).toHaveValue('1');
  await page.keyboard.type(FIXED_FORM_3);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'verbeterd' })).toHaveText(
    `Formulier ${wrongNumber} is verbeterd.`,
  );
  await expect(page.locator('.paper-rows__form').filter({ hasText: '22222 22222 22222' })).toHaveCount(1);
  // Form 10, typed last, removed: the button just above the new row, then the answer to "verwijderen?".
  await expect(page.getByLabel('Formulier 11, stelling 1', { exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Verwijderen Formulier 10' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ingevoerde formulieren (9)' })).toBeVisible();
  // Statement 8 now: form 3 moved from 1 to 2, form 10's 4 is gone.
  await expect(totalsOf(page, 8)).toHaveText(['2', '2', '0', '3', '2', '0']);
  // Statement 13: 1 in form 7; 2 in forms 1, 3 and 9; 3 in forms 2, 5 and 8; 4 in form 4; 0 in form 6.
  await expect(totalsOf(page, 13)).toHaveText(['1', '3', '3', '1', '1', '0']);
  await expect(totalsOf(page, 15)).toHaveText(['1', '2', '2', '1', '2', '1']);

  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/grid-${size.width}.png`, fullPage: true });
    await page.locator('.paper-row').screenshot({ path: `${SHOTS}/grid-row-${size.width}.png` });
    await page.locator('.paper-rows').screenshot({ path: `${SHOTS}/grid-rows-${size.width}.png` });
  }
  // The walk starts from the page itself: the cell holding focus now was scrolled away by the screenshots.
  await page.setViewportSize(PHONE);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expectFocusAlwaysSeen(page, 'Shift+Tab');

  // Closed through the card, which counts the forms typed in; the results count them like any answer.
  await openApp(page, `/app/bevragingen/?cyclus=${cycle.id}`);
  card = page.getByRole('article', { name: 'Bevraging van ouders' });
  await expect(card).toContainText('9 formulieren op papier ingevoerd');
  await card.getByRole('button', { name: 'Nu afsluiten Bevraging van ouders' }).click();
  await page.getByRole('button', { name: 'Ja, nu afsluiten' }).click();
  await expect(card).toContainText('afgesloten');
  await expect(card.getByRole('link', { name: /Papieren formulieren invoeren/ })).toHaveCount(0);
  await openApp(page, `/app/beoordelen/r1/?cyclus=${cycle.id}`);
  await sayWhoIAm(page, 'An');
  await waitForPageSettled(page);
  const panel = page.getByRole('region', { name: 'Wat zeggen scholen, leraren, ouders en leerlingen?' });
  await expect(panel.getByText('9 van 20 gevraagden antwoordden (45%).')).toBeVisible();
  const statement = (words: string): Locator =>
    panel.getByRole('listitem').filter({ hasText: words, hasNot: page.getByRole('heading') });
  // Statement 8: 3 of the 7 on the scale agree (forms 4, 7, 8), 2 did not know.
  const better = statement('Door de leersteun gaat het leren beter voor mijn kind.');
  await expect(better.getByText('43% akkoord')).toBeVisible();
  await expect(better.getByText('weet ik niet: 2')).toBeVisible();
  // Statement 13: 4 of 8 on the scale agree.
  await expect(
    statement('Ik ben tevreden over de leersteun voor mijn kind.').getByText('50% akkoord'),
  ).toBeVisible();

  const average = (values: readonly number[]): number =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const worst = (values: readonly number[]): number => Math.max(0, ...values);
  test.info().annotations.push({
    type: 'entry latency',
    description: `per keystroke: mean ${average(latency.keys).toFixed(1)} ms, max ${worst(latency.keys).toFixed(1)} ms over ${latency.keys.length}; per stored form: mean ${average(latency.rows).toFixed(1)} ms, max ${worst(latency.rows).toFixed(1)} ms over ${latency.rows.length}`,
  });
  writeFileSync(`${SHOTS}/latency.json`, JSON.stringify(latency));
});
