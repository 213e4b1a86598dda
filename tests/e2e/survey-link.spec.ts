import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  LINK_FORMAT,
  LINK_FORMAT_VERSION,
  encodeLinkPayload,
  type LinkPayload,
} from '../../src/domain/survey/link/link-payload';
import { expectNoAxeViolations } from './axe';
import { waitForHydration } from './open-app';
import { LAPTOP, PHONE, expectNoSidewaysScroll } from './page-layout';
import { waitForOfflineReady } from './service-worker';
import { createSurvey } from './survey-setup';
import { createTeamCycle } from './team-contributions';

/** Where the pages are kept to be looked at by eye. */
const SHOTS = '/tmp/survey-link-shots';

/** A respondent's words that must stay words. */
const HOSTILE = '<img src=x onerror="document.title=\'gehackt\'">Fijne juf';

/** An answer file as the respondent's browser saved it. */
interface AnswerFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A respondent on their own device: a fresh browser context that opens the link, answers, keeps the file. */
async function answerByLink(browser: Browser, link: string, look = false): Promise<AnswerFile> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const page = await context.newPage();
  await page.goto(link);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  if (look) await lookAt(page, 'respondent-welkom');
  await page.getByRole('button', { name: 'Beginnen' }).tap();
  const total = Number(/van (\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(0);
  for (let index = 1; index <= total; index++) {
    await expect(page.getByRole('status')).toHaveText(`Stelling ${index} van ${total}`);
    await page.getByRole('radio', { name: 'klopt', exact: true }).tap();
    if (look && index === 1) await lookAt(page, 'respondent-stelling');
    await page.getByRole('button', { name: 'Volgende' }).tap();
  }
  await page.getByRole('textbox').first().fill(HOSTILE);
  await page.getByRole('button', { name: 'Klaar, maak mijn antwoordbestand' }).tap();
  await expect(page.getByRole('heading', { name: 'Bedankt!' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hoe stuur ik het terug?' })).toBeVisible();
  if (look) await lookAt(page, 'respondent-bedankt');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Antwoordbestand bewaren' }).tap();
  const file = await download;
  const saved = {
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: readFileSync(await file.path()),
  };
  await context.close();
  return saved;
}

/** Screenshots of the page at 360 and 1280 px, each checked by axe and for sideways scrolling. */
async function lookAt(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [size, viewport] of [
    ['360', PHONE],
    ['1280', LAPTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

/** Reads answer files in on the coordinator's page and says what the plan shows. */
async function chooseAnswerFiles(page: Page, files: AnswerFile[]): Promise<void> {
  await page.getByLabel('Antwoordbestanden kiezen').setInputFiles(files);
  await expect(page.getByRole('heading', { name: 'Wat er ingelezen wordt' })).toBeVisible();
}

/** The link's page of the parents' bevraging, and the link it gives. */
async function openLinkPage(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Link en QR-code Bevraging van ouders' }).click();
  await waitForHydration(page);
  const field = page.getByLabel('Link naar de vragenlijst');
  await expect(field).toHaveValue(/\/bevraging\/#[A-Za-z0-9_-]+$/);
  return field.inputValue();
}

/** The URL in the QR code as a phone's camera would read it from the screen. */
async function decodeQr(page: Page): Promise<string> {
  const png = PNG.sync.read(await page.locator('svg.qr-code').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, 'a QR code was found in the picture').not.toBeNull();
  return code!.data;
}

test('a parent answers by the link and by the QR code, each on their own device; the answer files come back and are read in once', async ({
  page,
  browser,
}) => {
  test.slow(true, 'three people on three devices, and axe at two widths on two pages');
  const cycleId = await createTeamCycle(page, 'Zelfevaluatie met link', ['R1']);
  await createSurvey(page, cycleId, 'ouders');
  const link = await openLinkPage(page);
  await lookAt(page, 'coordinator-link');
  // On paper only the letter with its QR code, none of the page around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /^QR-code met de link/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Link kopiëren' })).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/coordinator-brief-print.png` });
  await page.emulateMedia({ media: 'screen' });

  const byLink = await answerByLink(browser, link, true);
  expect(byLink.name).toMatch(/^antwoord-ouders-\d{4}-\d\d-\d\d-[0-9a-f]{4}\.json$/);
  expect(byLink.buffer.toString()).not.toMatch(/T\d\d:\d\d/);

  await chooseAnswerFiles(page, [byLink]);
  await expect(page.getByText('1 antwoord klaar om in te lezen')).toBeVisible();
  await page.getByRole('button', { name: '1 antwoord bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'bewaard' })).toHaveText('1 antwoord bewaard.');
  await expect(page.getByText('Antwoorden tot nu toe: 1')).toBeVisible();

  // The same file read a second time is refused by its name; so are an edited copy and a stray file, each
  // with its own reason, and nothing is offered to store.
  const edited = JSON.parse(byLink.buffer.toString()) as { answers: Record<string, string> };
  for (const id of Object.keys(edited.answers)) edited.answers[id] = 'disagree';
  await chooseAnswerFiles(page, [
    byLink,
    { ...byLink, name: 'aangepast.json', buffer: Buffer.from(JSON.stringify(edited)) },
    { name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('Niet vergeten: oudercontact.') },
  ]);
  await expect(page.getByRole('heading', { name: 'Wat er ingelezen wordt' })).toBeFocused();
  const refused = page.getByRole('listitem');
  await expect(refused.filter({ hasText: byLink.name })).toHaveText(
    `${byLink.name}: dit antwoordbestand werd al eerder ingelezen. Het telt maar één keer mee.`,
  );
  await expect(refused.filter({ hasText: 'aangepast.json' })).toContainText('achteraf gewijzigd');
  await expect(refused.filter({ hasText: 'notities.txt' })).toContainText('beschadigd of onvolledig');
  await expect(page.getByRole('button', { name: /bewaren$/ })).toHaveCount(0);
  await lookAt(page, 'coordinator-plan');

  // A parent scans the printed letter's QR code with another phone.
  const scanned = await decodeQr(page);
  expect(scanned).toBe(link);
  const byQr = await answerByLink(browser, scanned);
  await chooseAnswerFiles(page, [byQr]);
  await page.getByRole('button', { name: '1 antwoord bewaren' }).click();
  await expect(page.getByText('Antwoorden tot nu toe: 2')).toBeVisible();
  expect(await page.title()).not.toContain('gehackt');
});

test('a broken or cut-off link says so in Dutch instead of showing a questionnaire', async ({ page }) => {
  await page.goto('/bevraging/#dit-is-geen-vragenlijst');
  await waitForHydration(page);
  await expect(page.getByRole('alert')).toContainText('Deze link is beschadigd of onvolledig');
  await page.goto('/bevraging/');
  await expect(page.getByRole('alert')).toContainText('het deel na het #-teken ontbreekt');
  await expectNoAxeViolations(page);
});

test('the link’s page, opened once online, opens its questionnaire again with no network and still makes the answer file', async ({
  browser,
}) => {
  const payload: LinkPayload = {
    f: LINK_FORMAT,
    v: LINK_FORMAT_VERSION,
    id: '3f2c6a1e-8b4d-4c2a-9e7f-1a2b3c4d5e6f',
    g: 'primaryPupils',
    // A crafted introduction stays words on the screen.
    i: `${HOSTILE} Je krijgt hulp van een leerondersteuner.`,
    r: 1,
    s: [['lager-graag-hulp', 'Ik krijg graag hulp van mijn leerondersteuner.']],
    a: [
      ['no', 'Nee', 'no'],
      ['aBit', 'Een beetje', 'somewhat'],
      ['yes', 'Ja', 'yes'],
    ],
    n: ['Weet ik niet', 'unknown'],
    o: [['lager-open-fijn', 'Wat vind je fijn aan de hulp?']],
    e: '2099-12-31',
  };
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`/bevraging/#${encodeLinkPayload(payload)}`);
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByText(`${HOSTILE} Je krijgt hulp`)).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('radio', { name: 'Ja', exact: true }).check();
  await lookAt(page, 'respondent-leerling');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Klaar!' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Antwoordbestand bewaren' }).click();
  expect((await download).suggestedFilename()).toMatch(/^antwoord-leerlingen-lager-/);
  expect(await page.title()).not.toContain('gehackt');
  await context.close();
});
