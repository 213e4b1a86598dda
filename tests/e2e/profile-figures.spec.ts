import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { downloadFile } from './download';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard-user';
import { openApp } from './open-app';
import { LAPTOP, PHONE, expectNoSidewaysScroll } from './page-layout';
import { SAMPLE_CYCLE_ID, loadSampleData } from './sample-data';
import { expectSaved } from './save-status';

// The sample cycle is of 2026-2027; the page's clock stands in December 2026, so that is "this school year".
const TODAY = new Date('2026-12-06T10:00:00');

/** Moves to the field by Tab and types the text over what it held, as a keyboard user does. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Fills one school year's figures by keyboard, in the order of the form. */
async function fillYear(
  page: Page,
  figures: { date: string; gcBasis: string; trajecten: string; vte: string },
) {
  // A date control orders day, month and year by the browser's own locale, so the date is set, not typed.
  const date = page.getByLabel('Datum waarop de leersteunraad de zelfevaluatie besprak');
  await tabTo(page, date);
  await date.fill(figures.date);
  await typeInto(page, 'Leerlingen met een GC-verslag, basisaanbod', figures.gcBasis);
  await typeInto(page, 'Aantal trajecten', figures.trajecten);
  await typeInto(page, 'Leerondersteuners in VTE', figures.vte);
  await expectSaved(page);
}

test('the profile and two school years of figures, typed by keyboard, show side by side in section 1', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await loadSampleData(page);
  await openApp(page, '/app/profiel/');

  await typeInto(page, 'Instellingsnummer', '12a');
  await expect(
    page.getByText('Een instellingsnummer bestaat alleen uit cijfers (hoogstens tien).'),
  ).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('345');
  await typeInto(page, 'Directeur', 'Directeur Voorbeeld');
  await typeInto(page, 'E-mailadres van het centrum', 'info@lsc-voorbeeld.be');
  await expectSaved(page);

  const year = page.getByLabel('Schooljaar', { exact: true });
  await expect(year).toHaveValue('2026-2027');
  await fillYear(page, { date: '2026-12-03', gcBasis: '336', trajecten: '412', vte: '38,75' });
  await tabTo(page, year);
  await page.keyboard.press('ArrowDown');
  await expect(year).toHaveValue('2025-2026');
  await fillYear(page, { date: '2026-06-11', gcBasis: '310', trajecten: '380', vte: '36,5' });
  await expect(page.getByText('Bewaarde schooljaren: 2025-2026, 2026-2027.')).toBeVisible();

  // Each year keeps its own figures: back to this year, the other year's did not overwrite them.
  await year.selectOption('2026-2027');
  await expect(page.getByLabel('Aantal trajecten')).toHaveValue('412');

  await openApp(page, `/app/rapport/?cyclus=${SAMPLE_CYCLE_ID}`);
  const figures = page.getByRole('table', { name: 'Cijfers van het centrum per schooljaar' });
  await expect(figures.getByRole('columnheader')).toHaveText(['Gegeven', '2026-2027', '2025-2026']);
  await expect(figures.getByRole('row', { name: /Leersteunraad/ })).toContainText(
    /3 december 2026\s*11 juni 2026/,
  );
  await expect(figures.getByRole('row', { name: /^Trajecten/ })).toContainText(/412\s*380/);
  await expect(figures.getByRole('row', { name: /VTE/ })).toContainText(/38,75\s*36,5/);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  await expect(report).toContainText('12345');
  await expect(report).toContainText('Directeur Voorbeeld');
});

/** A logo drawn in the page: a wide PNG with the centre's initials, as a scanned letterhead might give. */
async function drawnLogo(page: Page): Promise<Buffer> {
  const url = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 160;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#1f5f8f';
    context.fillRect(0, 0, 480, 160);
    context.fillStyle = '#ffffff';
    context.font = 'bold 96px sans-serif';
    context.fillText('LSC', 40, 118);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(url.split(',')[1]!, 'base64');
}

test("the centre's logo, chosen on the profile page, is on the report's cover and in the Word file until it is removed", async ({
  page,
}) => {
  test.slow(true, 'builds the report and its Word file');
  await loadSampleData(page);
  await openApp(page, '/app/profiel/');
  const input = page.getByLabel('Kies een logo');
  await tabTo(page, input);
  await input.setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(page.getByText(/Dit bestand is geen PNG- of JPEG-afbeelding/)).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  // A PNG's first bytes and nothing after them: the browser cannot decode it, so it is not stored.
  const broken = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: broken });
  await expect(page.getByText(/Deze afbeelding kan niet gelezen worden/)).toBeVisible();
  await input.setInputFiles({
    name: 'groot.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(1024 * 1024 + 1),
  });
  await expect(page.getByText('Dit bestand is groter dan 1 MB. Kies een kleinere afbeelding.')).toBeVisible();
  await expect(page.getByText('Er is nog geen logo gekozen.')).toBeVisible();

  const png = await drawnLogo(page);
  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  const preview = page.getByRole('img', { name: 'Logo van LSC Voorbeeld' });
  await expect(preview).toBeVisible();
  await expect(page.getByText('480 × 160 pixels')).toBeVisible();
  await expectNoAxeViolations(page);

  await openApp(page, `/app/rapport/?cyclus=${SAMPLE_CYCLE_ID}`);
  const cover = page.locator('header.report__cover');
  await expect(cover.getByRole('img', { name: 'Logo van LSC Voorbeeld' })).toBeVisible();
  const docx = unzipSync(new Uint8Array(readFileSync(await downloadFile(page, 'Word-bestand (.docx)'))));
  const media = Object.keys(docx).filter((path) => path.startsWith('word/media/'));
  expect(media.map((path) => Buffer.from(docx[path]!).equals(png))).toContain(true);
  expect(strFromU8(docx['word/document.xml']!)).toContain('descr="Logo van LSC Voorbeeld"');
  // The dossier's page stays self-contained: the logo in it as a data: address, not the page's object URL.
  const dossier = unzipSync(
    new Uint8Array(readFileSync(await downloadFile(page, 'Inspectiedossier (.zip)'))),
  );
  const html = strFromU8(dossier[Object.keys(dossier).find((path) => path.endsWith('/Rapport.html'))!]!);
  expect(html).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
  expect(html).not.toContain('blob:');

  await openApp(page, '/app/profiel/');
  await page.getByRole('button', { name: 'Verwijder het logo' }).click();
  await expect(page.getByText('Er is nog geen logo gekozen.')).toBeVisible();
  await expect(preview).toHaveCount(0);
  await openApp(page, `/app/rapport/?cyclus=${SAMPLE_CYCLE_ID}`);
  await expect(page.locator('header.report__cover')).toContainText('LSC Voorbeeld');
  await expect(page.locator('header.report__cover img')).toHaveCount(0);
});

for (const viewport of [PHONE, LAPTOP]) {
  test(`the profile page passes axe and fits a ${viewport.width} px screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openApp(page, '/app/profiel/');
    await expect(page.getByLabel('Aantal trajecten')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
}

test('figures typed just before the tab closes, and a VTE that cannot be stored yet, are there when it reopens', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  await openApp(page, '/app/profiel/');
  await typeInto(page, 'Aantal trajecten', '412');
  await typeInto(page, 'Leerondersteuners in VTE', '38,755');
  await expect(page.getByText('Vul hoogstens twee cijfers na de komma in (bv. 12,75).')).toBeVisible();
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await reopened.clock.setFixedTime(TODAY);
  await openApp(reopened, '/app/profiel/');
  await expect(reopened.getByLabel('Aantal trajecten')).toHaveValue('412');
  await expect(reopened.getByLabel('Leerondersteuners in VTE')).toHaveValue('38,755');
  await expectSaved(reopened);
});
