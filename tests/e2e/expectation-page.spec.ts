import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const folder = join(import.meta.dirname, '../../content/expectations');
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

const expectations = readdirSync(folder).map((file) => {
  const [, frontMatter = '', body = ''] =
    /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(folder, file), 'utf8')) ?? [];
  const data = parse(frontMatter) as { code: string; statement: string };
  return {
    ...data,
    paragraphs: body
      .split(/\n\s*\n/)
      .map(normalise)
      .filter(Boolean),
  };
});

test('there is a page for each of the 17 expectations', () => {
  expect(expectations).toHaveLength(17);
});

for (const expectation of expectations) {
  test(`${expectation.code}: the page shows the official text unchanged and marks our own content`, async ({
    page,
  }) => {
    await page.goto(`/referentiekader/${expectation.code.toLowerCase()}/`);
    const official = page.getByRole('region', { name: 'Uit het referentiekader' });
    await expect(official.locator('h1')).toHaveText(`${expectation.code}: ${expectation.statement}`);
    const quoted = (await official.locator('blockquote p').allTextContents()).map(normalise);
    expect(quoted).toEqual(expectation.paragraphs);

    const ours = page.getByRole('region', { name: 'Hulp bij het reflecteren' });
    await expect(ours).toContainText('Eigen inhoud van Leersteunspiegel');
    await expect(ours.getByRole('heading', { name: 'Leerling' })).toBeVisible();
    await expect(ours.getByRole('heading', { name: 'Leraar' })).toBeVisible();
    await expect(ours.getByRole('heading', { name: 'Schoolteam' })).toBeVisible();
    await expect(official.getByText('Eigen inhoud')).toHaveCount(0);
  });
}

test('BL2 leads to the questionnaire of the partner schools, marked as ours, and back from its statement', async ({
  page,
}) => {
  await page.goto('/referentiekader/bl2/');
  const ours = page.getByRole('region', { name: 'Hulp bij het reflecteren' });
  await ours.getByRole('link', { name: 'partnerscholen' }).click();
  await expect(page).toHaveURL(/\/vragenlijsten\/scholen\/$/);
  await expect(page.locator('h1')).toHaveText('Vragenlijst voor partnerscholen');
  await expect(page.locator('main')).toContainText('Eigen inhoud van Leersteunspiegel');
  const statement = page.locator('li', {
    hasText: 'Het leersteuncentrum vraagt onze mening over zijn werking',
  });
  await statement.getByRole('link', { name: 'BL2' }).click();
  await expect(page).toHaveURL(/\/referentiekader\/bl2\/$/);
});
