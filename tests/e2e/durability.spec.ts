import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open-app';
import { SAMPLE_CYCLE_ID, loadSampleData } from './sample-data';

const WORKING_AREA = 'Werkgebied';

/** The profile page's save status: it comes before the fields, one of which (the logo) has a status of its own. */
const saveStatus = (page: Page) => page.getByRole('status').first();

test('text typed up to half a second before the tab closes is there when it reopens', async ({ context }) => {
  const page = await context.newPage();
  await openApp(page, '/app/profiel/');
  const field = page.getByLabel(WORKING_AREA);
  await expect(saveStatus(page)).toHaveText('');
  await field.click();

  const settled = 'Kempen en Noorderkempen, veertien gemeenten. ';
  const stillTyping = 'Veel kleine scholen, enkele grote campussen in Turnhout en Geel.';
  await page.keyboard.type(settled, { delay: 25 });
  // The pause is the behaviour under test, not a guard against slowness: the user is still typing when the tab
  // closes 700 ms later, past autosave's delay, and whatever was typed before the close must survive it.
  const typing = page.keyboard.type(stillTyping, { delay: 25 }).catch(() => undefined);
  await page.waitForTimeout(700);
  await page.close({ runBeforeUnload: false });
  await typing;

  const reopened = await context.newPage();
  await openApp(reopened, '/app/profiel/');
  const reopenedField = reopened.getByLabel(WORKING_AREA);
  await expect(reopenedField).not.toHaveValue('');
  const value = await reopenedField.inputValue();
  expect(value.startsWith(settled)).toBe(true);
  expect((settled + stillTyping).startsWith(value)).toBe(true);
});

test('an edit in one tab shows in the other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openApp(first, '/app/profiel/');
  await openApp(second, '/app/profiel/');
  await expect(saveStatus(second)).toHaveText('');

  await first.getByLabel('Naam van het leersteuncentrum').fill('LSC Waasland');
  await expect(saveStatus(first)).toHaveText('Opgeslagen op dit toestel');
  await expect(second.getByLabel('Naam van het leersteuncentrum')).toHaveValue('LSC Waasland');

  await second.getByLabel('type 4', { exact: true }).check();
  await expect(first.getByLabel('type 4', { exact: true })).toBeChecked();
});

/**
 * Makes the browser behave like Firefox with its permission prompt left unanswered: `persist()` never
 * settles. Counts the requests in `window.persistRequests`.
 */
async function leavePersistencePromptUnanswered(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = window as unknown as { persistRequests: number };
    counter.persistRequests = 0;
    navigator.storage.persisted = () => Promise.resolve(false);
    navigator.storage.persist = () => {
      counter.persistRequests += 1;
      return new Promise<boolean>(() => undefined);
    };
  });
}

const persistRequests = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { persistRequests: number }).persistRequests);

test('a save does not wait for the browser to answer the question about persistent storage', async ({
  page,
}) => {
  await leavePersistencePromptUnanswered(page);
  await openApp(page, '/app/profiel/');
  await page.getByLabel('Leersteunraad', { exact: true }).fill('Voorzitter en vier leden.');
  await expect(saveStatus(page)).toHaveText('Opgeslagen op dit toestel');
  // Asked once the settings are read, after the save: the save itself never waits for it.
  await expect.poll(() => persistRequests(page)).toBe(1);
  // While the browser waits for the user, the page says what the question means and that the work is saved.
  await expect(page.getByTestId('persistence-prompt')).toContainText('Kies "Toestaan"');
  await expect(page.getByTestId('persistence-prompt')).toContainText('Je werk is intussen al bewaard');

  await openApp(page, '/app/gegevens/');
  await expect(page.getByTestId('persistence')).toHaveText(/bewaart je gegevens niet blijvend/);
  await expect(page.getByRole('button', { name: 'Vraag blijvende opslag' })).toBeVisible();
});

test('evidence is saved and its form closes while the question about persistent storage stays unanswered', async ({
  page,
}) => {
  await loadSampleData(page);
  await leavePersistencePromptUnanswered(page);
  await openApp(page, `/app/bronnen/?cyclus=${SAMPLE_CYCLE_ID}`);
  await page.getByRole('button', { name: 'Nieuwe bron toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe bron' });
  await form.getByLabel('Titel').fill('Verslag leersteunraad');
  await form.getByRole('checkbox', { name: /^R1 — / }).check();
  await form.getByRole('button', { name: 'Bewaren' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'is bewaard' })).toHaveText(
    'Bron "Verslag leersteunraad" is bewaard.',
  );
  await expect(form).toHaveCount(0);
  await expect.poll(() => persistRequests(page)).toBe(1);
});

test('a full disk gets a clear Dutch message, keeps the text on screen, and saves once there is room again', async ({
  page,
}) => {
  // Simulate a full disk: while the flag is set, every IndexedDB write fails the way a browser over quota fails.
  await page.addInitScript(() => {
    const flag = window as unknown as { diskFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        if (flag.diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await openApp(page, '/app/profiel/');
  const field = page.getByLabel('Naam van het leersteuncentrum');
  await field.fill('LSC Brugge');
  await expect(saveStatus(page)).toHaveText('Opgeslagen op dit toestel');

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  await field.fill('LSC Brugge-Oostende');
  await expect(saveStatus(page)).toContainText('de opslag van deze browser is vol');
  await expect(field).toHaveValue('LSC Brugge-Oostende');

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await field.press('End');
  await page.keyboard.type(' en Westhoek');
  await expect(saveStatus(page)).toHaveText('Opgeslagen op dit toestel');
  await page.reload();
  await expect(page.getByLabel('Naam van het leersteuncentrum')).toHaveValue(
    'LSC Brugge-Oostende en Westhoek',
  );
});
