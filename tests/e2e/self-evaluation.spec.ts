import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './open-app';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CODES = ['R1', 'R2', 'R3', 'V1', 'M1', 'M2', 'M3', 'M4', 'S1', 'S2', 'S3', 'S4'];
const BELEID = ['BL1', 'BL2', 'BL3', 'BL4', 'BL5'];

/** Radio positions in the scale group: levels 1–3, then "meer informatie nodig" (after "nog niet beoordeeld"). */
const LEVEL_LABELS = ['beneden de verwachting', 'benadert de verwachting', 'volgens de verwachting'];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}

/** Presses Tab until the element has focus, as a keyboard user moves through a page. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

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

test('a new user fills in the profile, starts a cycle and rates all 17 expectations with the keyboard only', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page, '/app/profiel/');
  await page.getByLabel('Naam van het leersteuncentrum').fill('LSC Kempen');
  await expect(page.getByRole('status')).toHaveText('Opgeslagen op dit toestel');

  const overview = await createCycleWithKeyboard(page, 'team', 'An Peeters');
  await waitForHydration(page);
  await expect(page.getByText('0 van 17 verwachtingen beoordeeld')).toBeVisible();
  await expectNoAxeViolations(page);

  // The overview first suggests inviting colleagues; the expectation table leads into rating now.
  await expect(page.getByRole('region', { name: 'Volgende stap' })).toContainText('Voeg de deelnemers toe');
  await tabTo(page, page.getByRole('link', { name: /^R1 beoordelen/ }));
  await page.keyboard.press('Enter');

  for (const [index, code] of [...CODES, ...BELEID].entries()) {
    await page.waitForURL(new RegExp(`/app/beoordelen/${code.toLowerCase()}/`));
    await waitForHydration(page);
    await expect(page.getByRole('radio', { name: /beneden de verwachting/ })).toBeVisible();
    // The address ends in #beoordeling: the first Tab lands on the scale's checked answer, "nog niet beoordeeld".
    await page.keyboard.press('Tab');
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
  // After the last expectation, the way on is the overview.
  await page.waitForURL(/\/app\/beoordelen\/bl5\//);

  await page.goto(overview);
  await waitForHydration(page);
  await expect(page.getByText('17 van 17 verwachtingen beoordeeld')).toBeVisible();
  const levels = page.getByRole('table', {
    name: 'Aantal verwachtingen per niveau, per rubriek en deelrubriek',
  });
  // Columns: volgens, benadert, beneden de verwachting. BL1–BL5 got levels 1, 2, 3, 1, 2.
  await expect(levels.getByRole('row', { name: /^Beleid/ })).toHaveText(/^Beleid\s*1\s*2\s*2$/);
  const expectations = page.getByRole('table', { name: 'Beoordeling, bronnen en acties per verwachting' });
  await expect(expectations.getByRole('row', { name: /R1 beoordelen/ })).toContainText(
    'beneden de verwachting',
  );
  await expect(expectations.getByRole('row', { name: /R3 beoordelen/ })).toContainText(
    'volgens de verwachting',
  );

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByText('17 van 17 verwachtingen beoordeeld')).toBeVisible();
  await page.goto(overview.replace('/app/cyclus/', '/app/beoordelen/m2/'));
  await waitForHydration(page);
  await expect(page.getByLabel('Verantwoording')).toHaveValue('Verantwoording bij M2.');
  await expect(page.getByRole('radio', { name: /volgens de verwachting/ })).toBeChecked();
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
