import { expect, test } from '@playwright/test';
import { NO_PAGE_PROBLEMS, watchPage } from './watch-page';

test('searching "OV4-verslag" finds the glossary entry first, and M2', async ({ page, baseURL }) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await page
    .getByRole('searchbox', { name: 'Zoek in het referentiekader en de begrippen' })
    .fill('OV4-verslag');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/zoeken\/\?q=OV4-verslag$/);
  const results = page.locator('.search-results');
  // The entry named by the query comes first, before the glossary entries and pages that merely mention it.
  const first = results.locator('.search-result').first();
  await expect(first.locator('a.search-result__title')).toHaveAttribute('href', '/begrippen/');
  await expect(first.locator('.search-result__sections a').first()).toHaveText('OV4-verslag');
  await expect(first.locator('.search-result__sections a').first()).toHaveAttribute(
    'href',
    /\/begrippen\/#ov4-verslag$/,
  );
  await expect(results.locator('a.search-result__title[href="/referentiekader/m2/"]')).toBeVisible();
  await expect(
    page.getByRole('searchbox', { name: 'Zoek in het referentiekader en de begrippen' }).last(),
  ).toHaveValue('OV4-verslag');
  expect(problems).toEqual(NO_PAGE_PROBLEMS);
});

test('searching "CLB" finds its glossary entry first, before the pages that mention the CLB', async ({
  page,
}) => {
  await page.goto('/zoeken/?q=CLB');
  const first = page.locator('.search-results .search-result').first();
  await expect(first.locator('a.search-result__title')).toHaveAttribute('href', '/begrippen/');
  await expect(first.locator('.search-result__sections a').first()).toHaveText('CLB');
  await expect(first.locator('.search-result__sections a').first()).toHaveAttribute(
    'href',
    /\/begrippen\/#clb$/,
  );
});

test('a search with no hits says so in Dutch', async ({ page }) => {
  await page.goto('/zoeken/?q=xyzzyqwerty');
  await expect(page.getByRole('status')).toHaveText('Geen resultaten voor "xyzzyqwerty".');
});

test('following a glossary hit lands on the term', async ({ page }) => {
  await page.goto('/zoeken/?q=OV4-verslag');
  await page.locator('.search-results').getByRole('link', { name: 'OV4-verslag', exact: true }).click();
  await expect(page).toHaveURL(/\/begrippen\/#ov4-verslag$/);
  await expect(page.locator('#ov4-verslag')).toBeInViewport();
});
