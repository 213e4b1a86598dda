import { expect, test, type Page } from '@playwright/test';
import { schoolYearOf } from '../../src/domain/cycle';
import { nextSchoolYear } from '../../src/domain/next-cycle';
import { expectNoAxeViolations } from './axe';
import { openApp, waitForHydration, waitForPageSettled } from './open-app';
import { LAPTOP, PHONE, expectFocusAlwaysSeen, expectNoSidewaysScroll } from './page-layout';

const THIS_YEAR = schoolYearOf(new Date());
const NEXT_YEAR = nextSchoolYear(THIS_YEAR);

/** Ticks a cell of the matrix the way a keyboard user does: focus it, press Space. */
async function tick(page: Page, name: string): Promise<void> {
  const box = page.getByRole('checkbox', { name });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

test('a four-year kwaliteitskalender is made by keyboard, shown on the home page, proposed by the next cycle and reported in section 2', async ({
  page,
}) => {
  await openApp(page, '/app/kwaliteitskalender/');
  await expect(page.getByLabel('Eerste schooljaar')).toHaveValue(THIS_YEAR);
  await expect(page.getByLabel('Aantal schooljaren')).toHaveValue('4');
  const coverage = page.locator('.calendar-matrix__coverage');
  await expect(coverage).toHaveText(/^0 van 17 verwachtingen gepland; nog niet gepland: R1, R2, /);

  // R1 this year, then Tab to the same row's next year.
  await tick(page, `R1 in focus in ${THIS_YEAR}`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: `R1 in focus in ${NEXT_YEAR}` })).toBeFocused();
  await page.keyboard.press('Space');
  await tick(page, `S1 in focus in ${THIS_YEAR}`);
  await tick(page, `BL2 in focus in ${THIS_YEAR}`);
  await expect(coverage).toHaveText(
    '3 van 17 verwachtingen gepland; nog niet gepland: R2, R3, V1, M1, M2, M3, M4, S2, S3, S4, BL1, BL3, BL4, BL5',
  );
  await expect(page.getByRole('rowheader', { name: /^R1 / })).toContainText('gepland in 2 schooljaren');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen op dit toestel');

  for (const [size, walk] of [
    [PHONE, 'Shift+Tab'],
    [LAPTOP, 'Tab'],
  ] as const) {
    await page.setViewportSize(size);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    // The walk starts from the page, not from the box last ticked, which the new window size may have left
    // out of view.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expectFocusAlwaysSeen(page, walk);
  }

  await openApp(page, '/app/');
  const home = page.getByRole('region', { name: 'Kwaliteitskalender' });
  await expect(home).toContainText(`${THIS_YEAR} is jaar 1 van 4 in jullie kwaliteitskalender.`);
  await expect(home).toContainText('Dit schooljaar in focus: R1, S1, BL2');

  await openApp(page, '/app/cyclus/nieuw/');
  await page.getByLabel('Schooljaar').fill(THIS_YEAR);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText(/^Voorgesteld uit de kwaliteitskalender/)).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Een focus/ })).toBeChecked();
  const scope = page.getByRole('group', { name: 'Kies de verwachtingen in focus' });
  await expect(scope.getByRole('checkbox', { checked: true })).toHaveCount(3);
  for (const code of ['R1', 'S1', 'BL2'])
    await expect(scope.getByRole('checkbox', { name: new RegExp(`^${code} —`) })).toBeChecked();
  // The proposal is a proposal: the user adds one.
  await scope.getByRole('checkbox', { name: /^M1 —/ }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Naam of alias').fill('An Peeters');
  await page.getByRole('button', { name: 'Zelfevaluatie starten' }).click();
  await page.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  await waitForHydration(page);

  const overview = page.url();
  // Next year's cycle, started from this one, is proposed next year's planned focus instead of this scope.
  const next = page.getByRole('region', { name: 'Volgend schooljaar starten' });
  await expect(
    next.getByText(
      `Voorgesteld uit de kwaliteitskalender: de verwachtingen die voor ${NEXT_YEAR} in focus staan. Je kan de keuze aanpassen.`,
    ),
  ).toBeVisible();
  await expect(next.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(next.getByRole('checkbox', { name: /^R1 —/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await next.getByRole('button', { name: 'Nieuwe cyclus starten' }).click();
  await page.waitForURL((url) => url.href !== overview && url.pathname === '/app/cyclus/');
  await waitForHydration(page);

  await openApp(page, page.url().replace('/app/cyclus/', '/app/rapport/'));
  await waitForPageSettled(page);
  await expect(page.getByRole('heading', { name: 'Kwaliteitskalender', level: 3 })).toBeVisible();
  await expect(
    page.getByText(
      `Deze zelfevaluatie (${NEXT_YEAR}) is jaar 2 van 4 in de kwaliteitskalender van het centrum.`,
    ),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: `${THIS_YEAR} R1, S1, BL2` })).toBeVisible();
  await expect(page.getByRole('row', { name: `${NEXT_YEAR} (deze zelfevaluatie) R1` })).toBeVisible();
});
