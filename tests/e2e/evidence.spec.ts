import { expect, test } from '@playwright/test';
import { openApp, waitForHydration } from './open-app';
import { SAMPLE_CYCLE_ID, loadSampleData } from './sample-data';
import { expectNoAxeViolations } from './axe';
import { chooseFiles, tabTo } from './keyboard-user';
import { fileOnDisk, smallPdf } from './files';
import { PDF_VIEWER } from './pdf-viewer';

const LIBRARY = `/app/bronnen/?cyclus=${SAMPLE_CYCLE_ID}`;
/** The sample cycle's one piece of evidence. */
const SAMPLE_TITLE = 'Verslag opstartoverleg met CLB';

test.beforeEach(async ({ page }) => {
  await loadSampleData(page);
});

test(
  'evidence with a PDF, added by keyboard, is there after a reload and can be filtered and viewed',
  {
    tag: PDF_VIEWER,
  },
  async ({ page, context }, testInfo) => {
    test.slow(true, 'a keyboard journey through the evidence form with files, a reload and three axe scans');
    await openApp(page, LIBRARY);
    await expect(page.getByRole('heading', { name: SAMPLE_TITLE })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bekijken opstartoverleg.pdf' })).toBeVisible();
    await expectNoAxeViolations(page);

    await tabTo(page, page.getByRole('button', { name: 'Nieuwe bron toevoegen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Nieuwe bron' })).toBeFocused();

    const form = page.getByRole('form', { name: 'Nieuwe bron' });
    await tabTo(page, form.getByLabel('Titel'));
    await page.keyboard.type('Bevraging ouders over leersteun');
    await tabTo(page, form.getByRole('radio', { name: 'document' }));
    // Arrow keys move through a radio group: document → cijfers/data → observatie → bevraging.
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    await expect(form.getByRole('radio', { name: 'bevraging' })).toBeChecked();
    for (const voice of ['ouders', 'leraren']) {
      await tabTo(page, form.getByRole('checkbox', { name: voice, exact: true }));
      await page.keyboard.press('Space');
    }
    await tabTo(page, form.getByLabel('Datum (niet verplicht)'));
    // Day and month alike, so the digits mean the same whether the browser orders them dd/mm or mm/dd.
    await page.keyboard.type('03032027');
    await expect(form.getByLabel('Datum (niet verplicht)')).toHaveValue('2027-03-03');
    await tabTo(page, form.getByLabel('Beschrijving'));
    await page.keyboard.type('Online bevraging van 140 ouders.\nRespons 62 %.');
    await tabTo(page, form.getByLabel('Link (niet verplicht)'));
    await page.keyboard.type('www.voorbeeld.be/bevraging');
    await tabTo(page, form.getByRole('checkbox', { name: /^R2 — / }));
    await page.keyboard.press('Space');

    const files = form.getByLabel('Bijlagen toevoegen (niet verplicht)');
    await chooseFiles(page, files, [
      { name: 'ouders.pdf', mimeType: 'application/pdf', buffer: smallPdf('Bevraging ouders') },
    ]);
    await expect(form.getByRole('button', { name: 'Weghalen ouders.pdf' })).toBeVisible();

    // A wrong type and a file over 20 MB are refused by name; what was typed and chosen stays.
    await chooseFiles(page, files, [
      await fileOnDisk(testInfo, 'script.html', Buffer.from('<script>alert(1)</script>')),
      await fileOnDisk(testInfo, 'groot.pdf', 21 * 1024 * 1024),
    ]);
    const refused = form.getByRole('alert');
    await expect(refused).toContainText('"script.html" is geen toegelaten soort bestand.');
    await expect(refused).toContainText('"groot.pdf" is te groot');
    await expect(refused).toContainText('hoogstens 20 MB');
    await expect(form.getByLabel('Titel')).toHaveValue('Bevraging ouders over leersteun');
    await expect(form.getByRole('button', { name: 'Weghalen ouders.pdf' })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Weghalen groot.pdf' })).toHaveCount(0);

    // The address is not a web address: the form says so and keeps everything.
    await tabTo(page, form.getByRole('button', { name: 'Bewaren' }));
    await page.keyboard.press('Enter');
    const summary = form.getByRole('alert').filter({ hasText: 'Nog niet alles is in orde' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Dit is geen geldig webadres.');
    await expect(form.getByLabel('Link (niet verplicht)')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await tabTo(page, form.getByLabel('Link (niet verplicht)'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('https://www.voorbeeld.be/bevraging');
    await tabTo(page, form.getByRole('button', { name: 'Bewaren' }));
    await page.keyboard.press('Enter');

    await expect(page.getByRole('status').filter({ hasText: 'is bewaard' })).toHaveText(
      'Bron "Bevraging ouders over leersteun" is bewaard.',
    );
    // Focus is where the next source is added.
    await expect(page.getByRole('button', { name: 'Nieuwe bron toevoegen' })).toBeFocused();

    await page.reload();
    await waitForHydration(page);
    const added = page.getByRole('article', { name: 'Bevraging ouders over leersteun' });
    await expect(added).toContainText('bevraging');
    await expect(added).toContainText('ouders, leraren');
    await expect(added).toContainText('3 maart 2027');
    await expect(added).toContainText('R2');
    await expect(added.getByRole('link', { name: 'https://www.voorbeeld.be/bevraging' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    await expect(added.getByRole('listitem')).toContainText('ouders.pdf');
    // Newest date first.
    await expect(page.getByRole('article').first()).toHaveAccessibleName('Bevraging ouders over leersteun');

    // Filters narrow the list, show in the address and survive a reload.
    await expect(page.getByText('2 van 2 bronnen')).toBeVisible();
    await page.getByLabel('Verwachting', { exact: true }).selectOption('R2');
    await expect(page.getByText('1 van 2 bronnen')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1);
    await page.getByLabel('Stem', { exact: true }).selectOption({ label: 'ouders' });
    await expect(page.getByRole('article')).toHaveAccessibleName('Bevraging ouders over leersteun');
    expect(new URL(page.url()).search).toBe(`?cyclus=${SAMPLE_CYCLE_ID}&verwachting=R2&stem=parents`);
    await page.reload();
    await expect(page.getByLabel('Stem', { exact: true })).toHaveValue('parents');
    await expect(page.getByText('1 van 2 bronnen')).toBeVisible();
    await page.getByLabel('Stem', { exact: true }).selectOption({ label: 'CLB' });
    await expect(page.getByText('Geen bronnen die aan deze filters voldoen.')).toBeVisible();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page.getByRole('article')).toHaveCount(2);
    expect(new URL(page.url()).search).toBe(`?cyclus=${SAMPLE_CYCLE_ID}`);

    // "Bekijken" opens the PDF itself in a new tab.
    const opened = context.waitForEvent('page');
    await added.getByRole('button', { name: 'Bekijken ouders.pdf' }).click();
    const preview = await opened;
    expect(preview.url()).toMatch(/^blob:/);
    await preview.close();

    const pending = page.waitForEvent('download');
    await added.getByRole('button', { name: 'Downloaden ouders.pdf' }).click();
    expect((await pending).suggestedFilename()).toBe('ouders.pdf');
  },
);

test('a file deleted where this tab was not told is said to be gone, instead of nothing happening', async ({
  page,
}) => {
  await openApp(page, LIBRARY);
  const sample = page.getByRole('article', { name: SAMPLE_TITLE });
  const download = sample.getByRole('button', { name: 'Downloaden opstartoverleg.pdf' });
  await expect(download).toBeVisible();
  // Deleted past the app, as by a tab whose change never reached this one: bare IndexedDB sends no word of it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('leersteunspiegel');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const deleting = db.transaction('attachments', 'readwrite');
          deleting.objectStore('attachments').clear();
          deleting.oncomplete = () => {
            db.close();
            resolve();
          };
          deleting.onerror = () => reject(deleting.error);
        };
      }),
  );
  await download.click();
  await expect(sample.getByRole('status')).toHaveText(
    '"opstartoverleg.pdf" is er niet meer: het werd intussen verwijderd, misschien in een ander tabblad. Herlaad de pagina om de lijst bij te werken.',
  );
  await page.reload();
  await expect(sample.getByRole('button', { name: 'Downloaden opstartoverleg.pdf' })).toHaveCount(0);
});

test('a link from a rating opens the library on that expectation, with new evidence linked to it', async ({
  page,
}) => {
  test.slow(true, 'from a rating to the library and back, with new evidence saved');
  await openApp(page, `${LIBRARY}&verwachting=M3`);
  await expect(page.getByLabel('Verwachting', { exact: true })).toHaveValue('M3');
  await expect(page.getByText('Geen bronnen die aan deze filters voldoen.')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Mogelijke bronnen bij M3 in het referentiekader' }),
  ).toHaveAttribute('href', '/referentiekader/m3/#mogelijke-bronnen');
  await page.getByRole('button', { name: 'Nieuwe bron bij M3 toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe bron' });
  await expect(form.getByRole('checkbox', { name: /^M3 — / })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /^M2 — / })).not.toBeChecked();
  await expectNoAxeViolations(page);

  await form.getByLabel('Titel').fill('Observatie klaspraktijk');
  await form.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('article')).toHaveAccessibleName('Observatie klaspraktijk');
  await expect(page.getByText('1 van 2 bronnen')).toBeVisible();
});

test('editing replaces a file; deleting asks in the page and removes the files too', async ({ page }) => {
  test.slow(true, 'edits and deletes evidence with files through the form, with reloads');
  await openApp(page, LIBRARY);
  const sample = page.getByRole('article', { name: SAMPLE_TITLE });
  await sample.getByRole('button', { name: `Bewerken ${SAMPLE_TITLE}` }).click();
  const form = page.getByRole('form', { name: 'Bron bewerken' });
  await expect(form.getByLabel('Titel')).toHaveValue(SAMPLE_TITLE);
  await form.getByRole('button', { name: 'Weghalen opstartoverleg.pdf' }).click();
  await form.getByLabel('Bijlagen toevoegen (niet verplicht)').setInputFiles({
    name: 'verslag <b>herzien</b>.pdf',
    mimeType: 'application/pdf',
    buffer: smallPdf('Herzien'),
  });
  await form.getByRole('button', { name: 'Bewaren' }).click();
  await expect(sample.getByRole('heading', { name: SAMPLE_TITLE })).toBeFocused();
  // A hostile file name stays text.
  await expect(sample.getByRole('button', { name: 'Bekijken verslag <b>herzien</b>.pdf' })).toBeVisible();
  await expect(sample.locator('b')).toHaveCount(0);
  await expect(sample.getByRole('button', { name: 'Bekijken opstartoverleg.pdf' })).toHaveCount(0);

  await sample.getByRole('button', { name: `Verwijderen ${SAMPLE_TITLE}` }).click();
  await expect(sample.getByText(`Bron "${SAMPLE_TITLE}" en 1 bijlage verwijderen?`)).toBeFocused();
  await sample.getByRole('button', { name: 'Annuleren' }).click();
  await expect(sample.getByRole('button', { name: `Verwijderen ${SAMPLE_TITLE}` })).toBeFocused();

  await sample.getByRole('button', { name: `Verwijderen ${SAMPLE_TITLE}` }).click();
  await sample.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'verwijderd' })).toHaveText(
    `Bron "${SAMPLE_TITLE}" is verwijderd.`,
  );
  await expect(page.getByText('Er zijn nog geen bronnen in deze zelfevaluatie.')).toBeVisible();
  await expectNoAxeViolations(page);

  await openApp(page, '/app/gegevens/');
  await expect(page.getByTestId('count-evidence')).toHaveText('0');
  await expect(page.getByTestId('count-attachments')).toHaveText('0');
});
