import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openApp, waitForHydration } from './open-app';
import { SAMPLE_CYCLE_ID, loadSampleData } from './sample-data';

const LIBRARY = `/app/bronnen/?cyclus=${SAMPLE_CYCLE_ID}`;
const PLAN = `/app/actieplan/?cyclus=${SAMPLE_CYCLE_ID}`;
const rate = (code: string): string => `/app/beoordelen/${code}/?cyclus=${SAMPLE_CYCLE_ID}#beoordeling`;

const TITLE = 'Gesprekken met leerlingen over hun leersteun';
const DESCRIPTION = 'Acht gesprekken in het tweede trimester, telkens met de leerondersteuner erbij.';

test.beforeEach(async ({ page }) => {
  await loadSampleData(page);
});

/** Opens the new-evidence form and types a title and a description, without saving. */
async function typeNewEvidence(page: Page): Promise<void> {
  await openApp(page, LIBRARY);
  await page.getByRole('button', { name: 'Nieuwe bron toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe bron' });
  await form.getByLabel('Titel').focus();
  await page.keyboard.type(TITLE);
  await form.getByLabel('Beschrijving').focus();
  await page.keyboard.type(DESCRIPTION);
}

async function expectEvidenceDraft(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Nieuwe bron' });
  await expect(form.getByLabel('Titel')).toHaveValue(TITLE);
  await expect(form.getByLabel('Beschrijving')).toHaveValue(DESCRIPTION);
}

test('new evidence typed but not saved survives a closed tab, and is gone once discarded', async ({
  page,
  context,
}) => {
  await typeNewEvidence(page);
  // Chosen files are too big to keep in a draft; their names are kept, so the form says which ones to choose again.
  await page.getByLabel('Bijlagen toevoegen (niet verplicht)').setInputFiles(
    ['a.pdf', 'b.pdf'].map((name) => ({
      name,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    })),
  );
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await openApp(reopened, LIBRARY);
  await expectEvidenceDraft(reopened);
  await expect(reopened.getByRole('status').filter({ hasText: 'Je had 2 bestanden gekozen' })).toHaveText(
    'Je had 2 bestanden gekozen (a.pdf, b.pdf); kies ze opnieuw.',
  );

  // "Annuleren" asks in the page first; "Verder typen" keeps the text, "Weggooien" discards it for good.
  const form = reopened.getByRole('form', { name: 'Nieuwe bron' });
  await form.getByRole('button', { name: 'Annuleren' }).click();
  const confirm = form.getByRole('group', { name: 'Wat je typte weggooien?' });
  await confirm.getByRole('button', { name: 'Verder typen' }).click();
  await expect(form.getByLabel('Titel')).toHaveValue(TITLE);
  await form.getByRole('button', { name: 'Annuleren' }).click();
  await confirm.getByRole('button', { name: 'Weggooien' }).click();
  await expect(form).toHaveCount(0);
  await openApp(reopened, LIBRARY);
  await expect(reopened.getByRole('button', { name: 'Nieuwe bron toevoegen' })).toBeVisible();
  await expect(reopened.getByRole('form', { name: 'Nieuwe bron' })).toHaveCount(0);
});

test('new evidence typed but not saved survives following a link in the app', async ({ page }) => {
  await typeNewEvidence(page);
  await page.getByRole('link', { name: 'Actieplan', exact: true }).click();
  await page.waitForURL(/\/app\/actieplan\//);
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Bronnen', exact: true }).click();
  await page.waitForURL(/\/app\/bronnen\//);
  await waitForHydration(page);
  await expectEvidenceDraft(page);
});

test('a five-digit year in the action dialog is named, keeps the dialog open and spoils no other field', async ({
  page,
}) => {
  await openApp(page, PLAN);
  await page
    .getByRole('button', { name: /CLB betrekken bij afronding/ })
    .first()
    .click();
  const editor = page.getByRole('dialog', { name: 'Actie bewerken' });
  await editor.getByLabel('Doel', { exact: true }).focus();
  await page.keyboard.type('Het CLB leest mee.');
  const start = editor.getByLabel('Startdatum (niet verplicht)');
  await start.focus();
  // Day and month alike, so the digits mean the same in either order; the year gets a fifth digit.
  await page.keyboard.type('030320271');
  await expect(start).toHaveValue('20271-03-03');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText(/^Startdatum.*kan niet bewaard worden/)).toBeVisible();

  // Neither Escape (here from the date field itself) nor "Sluiten" closes the dialog over a field that cannot
  // be saved: it says which, and focus goes there.
  await page.keyboard.press('Escape');
  await expect(editor).toBeVisible();
  await expect(start).toBeFocused();
  await editor.getByLabel('Succesindicator').focus();
  await page.keyboard.type('Elk verslag besproken.');
  await editor.getByRole('button', { name: 'Sluiten' }).click();
  await expect(editor.getByRole('alert')).toContainText('Nog niet alles is bewaard: Startdatum');
  await expect(start).toBeFocused();

  await openApp(page, PLAN);
  await page
    .getByRole('button', { name: /CLB betrekken bij afronding/ })
    .first()
    .click();
  await expect(editor.getByLabel('Doel', { exact: true })).toHaveValue(/Het CLB leest mee\.$/);
  await expect(editor.getByLabel('Succesindicator')).toHaveValue(/Elk verslag besproken\.$/);
  // The year that could not be saved is there as typed, and still named.
  await expect(start).toHaveValue('20271-03-03');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText(/^Startdatum.*kan niet bewaard worden/)).toBeVisible();
});

/** Opens an expectation's rating page as the sample's first member, ready to type. */
async function openRating(page: Page, code: string): Promise<void> {
  await openApp(page, rate(code));
  const ask = page.getByRole('form', { name: 'Wie ben jij op dit toestel?' });
  const field = page.getByLabel('Verantwoording');
  await expect(ask.or(field)).toBeVisible();
  if (await ask.isVisible()) {
    await ask.getByRole('radio').first().check();
    await ask.getByRole('button', { name: 'Dit ben ik' }).click();
  }
  await expect(page.getByLabel('Verantwoording')).toBeEditable();
}

test('text typed right before Alt+PageDown or Alt+PageUp is saved, 20 times out of 20', async ({ page }) => {
  test.slow(true, 'twenty page changes, each right after typing');
  await openRating(page, 'r1');
  const codes = ['r1', 'r2'];
  for (let index = 0; index < 20; index++) {
    const field = page.getByLabel('Verantwoording');
    // The word typed on this page two steps ago, right before leaving it, was stored.
    if (index >= 2) await expect(field).toHaveValue(new RegExp(` woord${index - 2}$`));
    await field.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(` woord${index}`);
    await page.keyboard.press(index % 2 === 0 ? 'Alt+PageDown' : 'Alt+PageUp');
    await page.waitForURL(new RegExp(`/app/beoordelen/${codes[(index + 1) % 2]}/`));
    await waitForHydration(page);
  }
  // Back on R1 after the twentieth: every word typed there, in order.
  const words = Array.from({ length: 10 }, (_, n) => ` woord${2 * n}`).join('');
  await expect(page.getByLabel('Verantwoording')).toHaveValue(new RegExp(`${words}$`));
});

/** Types into the justification and closes the tab at once; returns the dialogs the browser opened. */
async function typeAndClose(context: BrowserContext, words: string, runBeforeUnload: boolean) {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await openRating(page, 'r1');
  await page.getByLabel('Verantwoording').focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(words);
  await page.close({ runBeforeUnload });
  if (runBeforeUnload) await page.waitForEvent('close');
  return dialogs;
}

test('the justification typed right before the tab closes is there when it reopens', async ({
  page,
  context,
}) => {
  await page.close();
  expect(await typeAndClose(context, 'Zonder vraag gesloten.', false)).toEqual([]);
  // Nothing would be lost, so the browser does not ask whether to leave.
  expect(await typeAndClose(context, ' Met beforeunload gesloten.', true)).toEqual([]);
  const reopened = await context.newPage();
  await openRating(reopened, 'r1');
  await expect(reopened.getByLabel('Verantwoording')).toHaveValue(
    /Zonder vraag gesloten\. Met beforeunload gesloten\.$/,
  );
});
