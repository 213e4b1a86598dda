import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, waitForHydration } from './open-app';
import { SAMPLE_CYCLE_ID, loadSampleData } from './sample-data';
import { expectNoAxeViolations } from './axe';
import { expectFocusAlwaysSeen } from './page-layout';

const PLAN = `/app/actieplan/?cyclus=${SAMPLE_CYCLE_ID}`;
/** The action the sample backup holds. */
const SAMPLE_ACTION = 'CLB betrekken bij afronding';

const editor = (page: Page): Locator => page.getByRole('dialog', { name: 'Actie bewerken' });
const row = (page: Page, title: string): Locator => page.getByRole('row').filter({ hasText: title });
const column = (page: Page, status: string): Locator =>
  page.getByRole('region', { name: new RegExp(`^${status}`) });

/**
 * Adds an action as a keyboard user does: type the title and press Enter, fill in the editor that opens,
 * close it with Escape. Focus is placed on a field before typing; dates are filled, because the order of a
 * date field's parts follows the operating system's language, not the page's.
 */
async function addAction(
  page: Page,
  title: string,
  fields: { owner?: string; dueDate?: string } = {},
): Promise<void> {
  const newTitle = page.getByLabel('Titel van de nieuwe actie');
  await newTitle.focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeVisible();
  await expect(editor(page).getByLabel('Titel', { exact: true })).toBeFocused();
  if (fields.owner) {
    await editor(page).getByLabel('Trekker').focus();
    await page.keyboard.type(fields.owner);
  }
  if (fields.dueDate) await editor(page).getByLabel('Einddatum (niet verplicht)').fill(fields.dueDate);
  if (fields.owner ?? fields.dueDate) {
    await expect(editor(page).getByRole('status').first()).toHaveText('Opgeslagen op dit toestel');
  }
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeHidden();
  // Back where the user started, ready for the next action.
  await expect(newTitle).toBeFocused();
  await expect(row(page, title)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await loadSampleData(page);
  await openApp(page, PLAN);
});

test('actions are planned, followed up and kept with the keyboard alone', async ({ page }) => {
  test.slow(true, 'a keyboard journey over table, editor and board, with a reload and three axe scans');
  await expect(row(page, SAMPLE_ACTION)).toBeVisible();
  await addAction(page, 'Intakegesprek herwerken', { owner: 'Sofie', dueDate: '2020-01-15' });
  await addAction(page, 'Ouders bevragen over leersteun', { dueDate: '2099-06-30' });
  await addAction(page, 'Teamoverleg over maatwerk');

  await expect(row(page, 'Intakegesprek herwerken')).toContainText('15 januari 2020 te laat');
  await expect(row(page, 'Intakegesprek herwerken')).toContainText('Sofie');
  await expect(row(page, 'Ouders bevragen over leersteun')).not.toContainText('te laat');
  await expect(row(page, 'Teamoverleg over maatwerk')).toContainText('geen einddatum');
  await expect(page.getByText(/^4 acties open, waarvan [12] te laat\.$/)).toBeVisible();
  // Soonest due first, undated last; the header sorts the other way round.
  await expect(page.getByRole('row').nth(1)).toContainText('Intakegesprek herwerken');
  await page.getByRole('button', { name: 'Einddatum' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Einddatum' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page.getByRole('row').nth(1)).toContainText('Ouders bevragen over leersteun');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Intakegesprek herwerken' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeVisible();
  await editor(page).getByLabel('Wat gebeurde er?').focus();
  await page.keyboard.type('Eerste overleg met het CLB gehad.');
  await page.keyboard.press('Tab');
  await expect(editor(page).getByRole('button', { name: 'Voortgang noteren' })).toBeFocused();
  await page.keyboard.press('Enter');
  const entries = editor(page).getByRole('listitem').filter({ hasText: 'Eerste overleg met het CLB gehad.' });
  await expect(entries).toHaveCount(1);
  await expect(editor(page).getByRole('status').first()).toHaveText('Opgeslagen op dit toestel');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Intakegesprek herwerken' })).toBeFocused();

  await page.getByRole('button', { name: 'Bord' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Bord' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`\\?cyclus=${SAMPLE_CYCLE_ID}&weergave=bord$`));
  await expect(column(page, 'gepland')).toContainText('te laat');

  const card = column(page, 'gepland')
    .getByRole('listitem')
    .filter({ hasText: 'Ouders bevragen over leersteun' });
  await card.getByLabel('Verplaatsen naar').focus();
  // The card offers the next status, lopend; one step further is afgerond.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const moved = column(page, 'afgerond').getByRole('button', { name: 'Ouders bevragen over leersteun' });
  await expect(moved).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'staat nu bij afgerond' })).toBeVisible();
  await expect(column(page, 'gepland')).not.toContainText('Ouders bevragen over leersteun');
  await expectNoAxeViolations(page);

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Bord' })).toHaveAttribute('aria-pressed', 'true');
  await expect(column(page, 'afgerond')).toContainText('Ouders bevragen over leersteun');
  await expect(column(page, 'gepland')).toContainText('Intakegesprek herwerken');
  await expect(column(page, 'gepland')).toContainText('Teamoverleg over maatwerk');
  await expect(page.getByText(/^3 acties open, waarvan [12] te laat\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Intakegesprek herwerken' }).click();
  await expect(editor(page).getByLabel('Trekker')).toHaveValue('Sofie');
  await expect(editor(page).getByLabel('Einddatum (niet verplicht)')).toHaveValue('2020-01-15');
  await expect(editor(page)).toContainText('Eerste overleg met het CLB gehad.');
});

test('a link for one expectation filters the plan and links a new action to it', async ({ page }) => {
  test.slow(true, 'restores the sample data, then plans an action through the editor with several checks');
  await openApp(page, `${PLAN}&verwachting=m2`);
  await expect(page.getByLabel('Toon acties bij')).toHaveValue('M2');
  await expect(page.getByText('Er zijn nog geen acties bij M2.')).toBeVisible();
  await expect(page.getByText('De actie wordt gekoppeld aan M2.')).toBeVisible();

  await page.getByLabel('Titel van de nieuwe actie').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Geef de actie een titel.')).toBeVisible();
  await expect(page.getByLabel('Titel van de nieuwe actie')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor(page)).toBeHidden();
  await page.keyboard.type('Maatwerk bespreken op het teamoverleg');
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('checkbox', { name: /^M2 — / })).toBeChecked();
  await expect(editor(page).getByRole('checkbox', { name: /^M1 — / })).not.toBeChecked();

  await editor(page).getByLabel('Startdatum (niet verplicht)').fill('2027-05-01');
  await editor(page).getByLabel('Einddatum (niet verplicht)').fill('2027-04-01');
  // The due date is not stored, and says so beside the field; the start date is.
  await expect(editor(page).getByText('De einddatum ligt vóór de startdatum')).toBeVisible();
  await expect(editor(page).getByLabel('Einddatum (niet verplicht)')).toHaveAttribute('aria-invalid', 'true');
  await editor(page).getByLabel('Einddatum (niet verplicht)').fill('2027-06-01');
  await expect(editor(page).getByRole('status').first()).toHaveText('Opgeslagen op dit toestel');
  await page.keyboard.press('Escape');

  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Toon acties bij').selectOption('');
  await expect(page).toHaveURL(new RegExp(`\\?cyclus=${SAMPLE_CYCLE_ID}$`));
  await expect(page.getByRole('row')).toHaveCount(3);
});

test('an action is deleted only after the confirmation in the page', async ({ page }) => {
  await page.getByRole('button', { name: SAMPLE_ACTION }).click();
  await editor(page).getByRole('button', { name: 'Actie verwijderen' }).click();
  await expect(
    editor(page).getByText(`Actie "${SAMPLE_ACTION}" met haar hele voortgang verwijderen?`),
  ).toBeFocused();
  await editor(page).getByRole('button', { name: 'Annuleren' }).click();
  await expect(editor(page).getByRole('button', { name: 'Actie verwijderen' })).toBeFocused();

  await editor(page).getByRole('button', { name: 'Actie verwijderen' }).click();
  await editor(page).getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(editor(page)).toBeHidden();
  await expect(page.getByText(`Actie "${SAMPLE_ACTION}" is verwijderd.`)).toBeVisible();
  await expect(page.getByText('Er staan nog geen acties in dit actieplan.')).toBeVisible();
  await expect(page.getByLabel('Titel van de nieuwe actie')).toBeFocused();
  await page.reload();
  await expect(page.getByText('Er staan nog geen acties in dit actieplan.')).toBeVisible();
});

test('a progress note typed but not yet added is still there when the editor or the page is reopened', async ({
  page,
}) => {
  await page.getByRole('button', { name: SAMPLE_ACTION }).click();
  await editor(page).getByLabel('Wat gebeurde er?').fill('Halverwege het gesprek met de directie.');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeHidden();
  await page.reload();
  await waitForHydration(page);
  await page.getByRole('button', { name: SAMPLE_ACTION }).click();
  await expect(editor(page).getByLabel('Wat gebeurde er?')).toHaveValue(
    'Halverwege het gesprek met de directie.',
  );
  await editor(page).getByRole('button', { name: 'Voortgang noteren' }).click();
  await expect(editor(page).getByLabel('Wat gebeurde er?')).toHaveValue('');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: SAMPLE_ACTION }).click();
  await expect(editor(page).getByLabel('Wat gebeurde er?')).toHaveValue('');
  await expect(
    editor(page).getByRole('listitem').filter({ hasText: 'Halverwege het gesprek met de directie.' }),
  ).toHaveCount(1);
});

test('on a small phone, Tab and Shift+Tab through the action dialog never put focus under its header', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await openApp(page, PLAN);
  await page
    .getByRole('button', { name: new RegExp(SAMPLE_ACTION) })
    .first()
    .click();
  await expect(editor(page).getByLabel('Titel', { exact: true })).toBeFocused();
  await expectFocusAlwaysSeen(page, 'Tab');
  await expectFocusAlwaysSeen(page, 'Shift+Tab');
});
