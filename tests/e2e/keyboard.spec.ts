import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open-app';
import { SAMPLE_CYCLE_ID, loadSampleData } from './sample-data';
import { sayWhoIAm } from './who-am-i';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, isTarget: (element: { href: string; text: string }) => boolean, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLAnchorElement | null;
      return { href: element?.getAttribute('href') ?? '', text: element?.textContent?.trim() ?? '' };
    });
    if (isTarget(focused)) return;
  }
  throw new Error(`no matching element within ${limit} Tab presses`);
}

test('a keyboard-only user reaches M2 from the home page', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, ({ href }) => href === '/referentiekader/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/referentiekader\/$/);

  await tabTo(page, ({ href }) => href === '/referentiekader/m2/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/referentiekader\/m2\/$/);
  await expect(page.locator('h1')).toContainText(
    'Het leersteuncentrum biedt leersteun die aansluit bij de onderwijs- en ondersteuningsbehoeften van de leerling.',
  );
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/referentiekader/m2/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focus is always visible', async ({ page }) => {
  await page.goto('/referentiekader/');
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? getComputedStyle(element).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
  }
});

test("previous and next walk through the expectations in the framework's order", async ({ page }) => {
  await page.goto('/referentiekader/v1/');
  await page.getByRole('link', { name: /Volgende verwachting/ }).click();
  await expect(page).toHaveURL(/\/m1\/$/);
  await page.getByRole('link', { name: /Vorige verwachting/ }).click();
  await expect(page).toHaveURL(/\/v1\/$/);
});

test('each rating answer is read once: named by its label, described by its description', async ({
  page,
}) => {
  await loadSampleData(page);
  await openApp(page, `/app/beoordelen/r1/?cyclus=${SAMPLE_CYCLE_ID}`);
  await sayWhoIAm(page, /^An Peeters/);
  const answers = page.locator('.scale-option');
  await expect(answers).toHaveCount(7);
  for (const answer of await answers.all()) {
    const label = (await answer.locator('.scale-option__label').textContent())?.trim() ?? '';
    const description = (await answer.locator('.scale-option__description').textContent())?.trim() ?? '';
    expect(description).not.toBe('');
    const radio = answer.getByRole('radio');
    await expect(radio).toHaveAccessibleName(label);
    await expect(radio).toHaveAccessibleDescription(description);
    await expect(radio).not.toHaveAccessibleName(new RegExp(RegExp.escape(description)));
  }
});
