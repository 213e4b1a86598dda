import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { ReportModelSchema } from '../../src/domain/report/report-model';
import { parseCsv } from '../shared/parse-csv';
import type { Rating } from '../../src/domain/assessment';
import { createConditionCheck } from '../../src/domain/condition-check-schema';
import type { ExpectationCode } from '../../src/domain/framework/expectation-code';
import { createRecommendation } from '../../src/domain/recommendation-schema';
import { buildReport } from '../../src/domain/report/build-report';
import type { TeamFixture } from '../unit/domain/report/fixture-cycle';
import { surveyFixture } from '../unit/domain/report/survey-fixture';
import { assessment } from '../unit/domain/report/fixture-records';
import { readOutline } from '../unit/domain/report/vocabulary';
import { expectNoAxeViolations } from './axe';
import { downloadFile } from './download';
import { openApp } from './open-app';
import { LAPTOP, PHONE, expectNoSidewaysScroll } from './page-layout';
import { libreOfficePdf } from './libreoffice-text';
import { pdfText } from './pdf-text';
import { restoreBackup } from './sample-data';
import { teamCycleBackup } from './team-cycle-backup';

const SECTION_TITLES = readOutline()
  .sort((a, b) => a.order - b.order)
  .map((section) => section.title);

/** Restores the team cycle (or a variant of it) and opens its report; returns the fixture to compare with. */
async function openTeamReport(page: Page, variant?: TeamFixture) {
  const { file, fixture } = await teamCycleBackup(variant);
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, { name: 'team.zip', mimeType: 'application/zip', buffer: file });
  await openApp(page, `/app/rapport/?cyclus=${fixture.cycle.id}`);
  await expect(page.getByRole('article', { name: 'Voorbeeld van het rapport' })).toBeVisible();
  return fixture;
}

const download = async (page: Page, button: string): Promise<Buffer> =>
  readFileSync(await downloadFile(page, button));

/** Whitespace-free text, so a sentence wrapped over lines in a PDF or split over runs in Word still matches. */
const squash = (text: string): string => text.replace(/\s+/g, '');

function expectInOrder(haystack: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(squash(needle), from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

test('the report page shows every section of the outline and every expectation, and passes axe', async ({
  page,
}) => {
  const fixture = await openTeamReport(page);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  const headings = await report.getByRole('heading', { level: 2 }).allTextContents();
  // After the cover's title and the contents' heading: the summary in front has no number, the sections after it
  // are numbered from 1.
  expect(headings.slice(2)).toEqual(
    SECTION_TITLES.map((title, index) => (index === 0 ? title : `${index}. ${title}`)),
  );
  for (const code of fixture.cycle.scope) {
    await expect(report.getByRole('heading', { level: 4, name: new RegExp(`^${code} `) })).toBeVisible();
  }
  await expect(report).toContainText('Dit rapport is een zelfevaluatie');
  await expectNoAxeViolations(page);
});

test('the PDF holds every section heading in order and every expectation in scope', async ({ page }) => {
  test.slow(true, 'builds the report and prints it to PDF');
  const fixture = await openTeamReport(page);
  const statements = fixture.vocabulary.framework.outline.flatMap((rubric) => [
    ...rubric.expectations,
    ...rubric.subrubrics.flatMap((subrubric) => subrubric.expectations),
  ]);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { text, pages } = await pdfText(pdf);
  const flat = squash(text);
  expectInOrder(flat, SECTION_TITLES);
  for (const expectation of statements) expect(flat).toContain(squash(expectation.statement));
  // The cover has no page number; the page after it has, under the centre's name.
  expect(flat).not.toContain(squash('Pagina 1 van'));
  expect(flat).toContain(squash('Leersteuncentrum De Brug Pagina 2 van'));
  // The app's notices (a backup reminder) stay off the paper.
  expect(flat).not.toContain(squash('geen back-up gemaakt'));
  expect(flat).not.toContain(squash('Wat komt in het rapport?'));
  // A page per section at least.
  expect(pages).toBeGreaterThanOrEqual(SECTION_TITLES.length);
});

test('the Word file has the outline as real headings and quotes each expectation exactly', async ({
  page,
}) => {
  test.slow(true, 'builds the report and its Word file, then reads the file');
  const fixture = await openTeamReport(page);
  const docx = unzipSync(new Uint8Array(await download(page, 'Word-bestand (.docx)')));
  // Focus stays on the button once the file is made: a disabled button used to drop it to the page.
  await expect(page.getByRole('status').filter({ hasText: /\.docx/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Word-bestand (.docx)' })).toBeFocused();
  const documentXml = strFromU8(docx['word/document.xml'] ?? new Uint8Array());
  const headings = [...documentXml.matchAll(/<w:p\b.*?<\/w:p>/gs)].flatMap(([paragraph]) => {
    const level = /<w:pStyle w:val="Heading([1-4])"\/>/.exec(paragraph)?.[1];
    const text = [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    return level ? [{ level: Number(level), text }] : [];
  });
  const chapters = headings.filter((h) => h.level === 1).map((h) => h.text);
  expect(chapters).toHaveLength(SECTION_TITLES.length);
  SECTION_TITLES.forEach((title, index) => expect(chapters[index]).toContain(title));
  const text = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  for (const code of fixture.cycle.scope) {
    const statement = fixture.vocabulary.framework.outline
      .flatMap((r) => [...r.expectations, ...r.subrubrics.flatMap((s) => s.expectations)])
      .find((e) => e.code === code)?.statement;
    // Under a rubriek an expectation is Heading 3; under a deelrubriek (itself Heading 3) it is Heading 4.
    expect(headings.some((h) => h.level >= 3 && h.text === `${code} — ${statement}`)).toBe(true);
    expect(text).toContain(statement);
  }
  expect(strFromU8(docx['word/styles.xml'] ?? new Uint8Array())).toContain('nl-BE');
});

test('the inspection dossier holds the report as Word and as a page that prints without the app, the plan, the sources and every attachment, linked from its index', async ({
  page,
  context,
}) => {
  test.slow(true, 'builds the report, its Word file and the dossier, then opens the saved page');
  const fixture = await openTeamReport(page);
  const files = unzipSync(new Uint8Array(await download(page, 'Inspectiedossier (.zip)')));
  const paths = Object.keys(files);
  const indexPath = paths.find((path) => path.endsWith('/index.html'))!;
  const folder = indexPath.slice(0, -'index.html'.length);
  expect(folder).toBe(`Dossier ${fixture.cycle.title}/`);

  // Every link of the index leads to a file in the zip, and every file is linked.
  const index = strFromU8(files[indexPath]!);
  const linked = [...index.matchAll(/href="([^"]*)"/g)].map(
    (match) => `${folder}${decodeURIComponent(match[1]!)}`,
  );
  expect(linked.sort()).toEqual(paths.filter((path) => path !== indexPath).sort());

  // Every attachment of the reported sources, once.
  const attachmentNames = fixture.input.evidence.flatMap(
    (item) => fixture.input.attachmentNames.get(item.id) ?? [],
  );
  expect(paths.filter((path) => path.startsWith(`${folder}bijlagen/`))).toHaveLength(attachmentNames.length);
  expect(strFromU8(files[`${folder}Rapport.docx`]!.subarray(0, 2))).toBe('PK');

  // The saved report: no script, every section in order, the webdiagram as a picture, and nothing requested.
  const html = strFromU8(files[`${folder}Rapport.html`]!);
  expect(html).not.toMatch(/<script|<button|<input/i);
  const saved = test.info().outputPath('Rapport.html');
  writeFileSync(saved, html);
  const reader = await context.newPage();
  const requests: string[] = [];
  reader.on('request', (request) => requests.push(request.url()));
  await reader.goto(pathToFileURL(saved).href);
  await expect(reader.getByRole('img', { name: /Webdiagram/ })).toBeVisible();
  expectInOrder(squash(await reader.locator('article.report').innerText()), SECTION_TITLES);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  // It prints as the report page does: a page per section at least, every heading in order.
  const printed = await pdfText(await reader.pdf({ preferCSSPageSize: true, printBackground: true }));
  expectInOrder(squash(printed.text), SECTION_TITLES);
  expect(printed.pages).toBeGreaterThanOrEqual(SECTION_TITLES.length);
  // With the centre's name above every page after the cover, though the saved page has no script to set it.
  expect(squash(printed.text)).toContain(squash('Leersteuncentrum De Brug Pagina 2 van'));
});

test('the CSV holds the team’s judgements, and each member’s own only with the individual notes', async ({
  page,
}) => {
  const fixture = await openTeamReport(page);
  const levels = new Map(fixture.vocabulary.framework.scale.map((entry) => [entry.id, entry.label]));
  const stored = fixture.input.assessments.filter((a) => a.cycleId === fixture.cycle.id);
  const judgements = (assessments: typeof stored) =>
    assessments.map((a) => `${a.expectationCode}|${levels.get(a.rating)}`).sort();
  const csvJudgements = (rows: string[][]) => rows.map((cells) => `${cells[2]}|${cells[7]}`).sort();

  const [header, ...teamRows] = parseCsv(
    (await download(page, 'Beoordelingen als CSV (Excel)')).toString('utf8'),
  );
  expect(header?.[0]).toBe('Cyclus');
  expect(csvJudgements(teamRows)).toEqual(judgements(stored.filter((a) => a.kind === 'consensus')));
  const names = Object.values(fixture.participants).map((participant) => participant.name);
  for (const cell of teamRows.flat()) expect(names).not.toContain(cell);

  await page.getByRole('checkbox', { name: 'Individuele notities van de deelnemers opnemen' }).check();
  const [, ...allRows] = parseCsv((await download(page, 'Beoordelingen als CSV (Excel)')).toString('utf8'));
  const written = (a: (typeof stored)[number]) =>
    a.rating !== 'notRated' || [a.justification, a.strengths, a.pointsToDevelop].some((t) => t.trim());
  expect(csvJudgements(allRows)).toEqual(
    judgements(stored.filter((a) => a.kind === 'consensus' || written(a))),
  );
});

test('the JSON validates against its published schema', async ({ page }) => {
  await openTeamReport(page);
  const json = JSON.parse((await download(page, 'Rapport als JSON')).toString('utf8')) as { $schema: string };
  expect(ReportModelSchema.safeParse(json).success).toBe(true);
  const schema = (await (await page.request.get(new URL(json.$schema).pathname)).json()) as {
    properties: Record<string, unknown>;
  };
  // Besides `person`, which only a personal report has (whose reflection it is), and `logo`, which only the
  // report of a centre that chose a logo has (tests/unit/exports/json.test.ts reads one).
  const teamFields = Object.keys(schema.properties).filter((field) => field !== 'person' && field !== 'logo');
  expect(Object.keys(json).sort()).toEqual(teamFields.sort());
});

test('a report on a selection, with names anonymised, leaves the rest out', async ({ page }) => {
  test.slow(true, 'builds the report with options, then checks every section');
  const fixture = await openTeamReport(page);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  await page.getByRole('checkbox', { name: 'Individuele notities van de deelnemers opnemen' }).check();
  await expect(report).toContainText(fixture.participants.bram.name);
  await page.getByRole('checkbox', { name: /Namen van deelnemers vervangen/ }).check();
  await expect(report).not.toContainText(fixture.participants.bram.name);
  await expect(report).toContainText('Deelnemer 2');

  await page.getByRole('radio', { name: 'Een selectie' }).check();
  const selection = page.getByRole('group', { name: 'Kies de verwachtingen voor het rapport' });
  for (const box of await selection.getByRole('checkbox').all()) {
    if (!(await box.getAttribute('value'))?.startsWith('M')) await box.uncheck();
  }
  // The expectations are the level-4 headings of section 3 (section 2 has its own, on last year's cycle).
  const expectations = report.getByRole('region', { name: /^3\. / }).getByRole('heading', { level: 4 });
  await expect(expectations).toHaveCount(4);
  await expect(report.getByRole('heading', { level: 4, name: /^R1 / })).toHaveCount(0);
  for (const box of await selection.getByRole('checkbox').all()) await box.uncheck();
  await expect(page.getByText('Kies minstens één verwachting.')).toBeVisible();
  await expect(report).toHaveCount(0);
});

test('the team rewrites a recommendation and checks a condition, and the report shows it after a reload', async ({
  page,
}) => {
  test.slow(true, 'edits two report sections, reloads and checks both');
  const fixture = await openTeamReport(page);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  await page.getByText('Het rapport aanvullen').click();
  const m2 = page.getByLabel('M2 — Tekorten');
  await m2.fill('Elk traject start met een handelingsplan dat de leraar mee opstelt.');
  await expect(page.getByRole('link', { name: 'Actie toevoegen bij M2' })).toHaveAttribute(
    'href',
    `/app/actieplan/?cyclus=${fixture.cycle.id}&verwachting=M2`,
  );
  const council = page.getByRole('group', { name: 'Leersteunraad' });
  await council.getByLabel('Stand van zaken').selectOption({ label: 'in orde' });
  await council.getByLabel('Toelichting').fill('Vergadert driemaal per jaar.');
  await council.getByRole('checkbox', { name: 'Verslag leersteunraad' }).check();
  await expect(council.getByRole('status')).toHaveText('Opgeslagen op dit toestel');
  await expect(report).toContainText('Elk traject start met een handelingsplan dat de leraar mee opstelt.');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(report).toBeVisible();
  const conditions = report.getByRole('region', { name: '4. Werking en regelgeving' });
  await expect(conditions.getByRole('row', { name: /^Leersteunraad/ })).toContainText('in orde');
  await expect(conditions.getByRole('row', { name: /^Leersteunraad/ })).toContainText(
    'Vergadert driemaal per jaar.',
  );
  await expect(report).toContainText('Elk traject start met een handelingsplan dat de leraar mee opstelt.');
});

test('a recommendation moved while its new words wait to be stored keeps both its words and its place', async ({
  page,
}) => {
  await openTeamReport(page);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  await page.getByText('Het rapport aanvullen').click();
  const bl2 = page.getByRole('group', { name: /^BL2 / });
  const strengths = report
    .getByRole('region', { name: /Aanbevelingen$/ })
    .getByRole('region', { name: 'Sterke punten (borgen)' });
  // The text as written, not as laid out: a section off screen is not laid out (content-visibility), and has none.
  const placeOfBl2 = async () =>
    (await strengths.getByRole('listitem').allTextContents()).findIndex((item) => item.startsWith('BL2'));
  const up = page.getByRole('button', { name: 'Hoger: BL2 eerder in de groep' });
  const start = await placeOfBl2();
  // BL2 moves up once, so its stored record holds a place of the team's.
  await up.click();
  await expect.poll(placeOfBl2).toBe(start - 1);
  const words = 'Borgen via de jaarlijkse teamdag.';
  // Typed, and moved up again at once: the words' save, still waiting, held the place before and put BL2 back.
  await bl2.getByLabel('BL2 — Sterke punten (borgen)').fill(words);
  await up.click();
  await expect.poll(placeOfBl2).toBe(start - 2);
  await expect(bl2.getByRole('status')).toHaveText('Opgeslagen op dit toestel');
  await page.reload();
  await expect(strengths.getByRole('listitem').filter({ hasText: 'BL2' })).toContainText(words);
  expect(await placeOfBl2()).toBe(start - 2);
});

test('the team moves a recommendation to another group, puts it first and links an action, and the report keeps it', async ({
  page,
}) => {
  await openTeamReport(page);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  await page.getByText('Het rapport aanvullen').click();
  // BL2 is at level 3, so its level proposes a sterk punt; the team makes it its first ontwikkelingskans.
  const kind = page.getByLabel('Groep van BL2');
  await expect(kind.getByRole('option', { name: 'Sterke punten (borgen) (voorstel)' })).toHaveCount(1);
  await kind.selectOption({ label: 'Ontwikkelingskansen' });
  await expect(page.getByLabel('BL2 — Ontwikkelingskansen')).toBeVisible();
  const up = page.getByRole('button', { name: 'Hoger: BL2 eerder in de groep' });
  await up.click();
  await expect(up).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Lager: BL2 later in de groep' })).toBeFocused();
  const bl2 = page.getByRole('group', { name: /^BL2 / });
  await bl2.getByRole('checkbox', { name: 'Teamdag visie' }).check();
  await expect(bl2.getByRole('status')).toHaveText('Opgeslagen op dit toestel');
  await expectNoAxeViolations(page);
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page);

  await page.reload();
  const recommendations = report.getByRole('region', { name: /Aanbevelingen$/ });
  const opportunities = recommendations.getByRole('region', { name: 'Ontwikkelingskansen' });
  await expect(opportunities.getByRole('listitem').first()).toContainText('BL2');
  await expect(opportunities.getByRole('listitem').first()).toContainText('Teamdag visie');
  await expect(recommendations.getByRole('region', { name: 'Sterke punten (borgen)' })).not.toContainText(
    'BL2',
  );
});

/** The team's level on the expectations the fixture's team has not agreed on yet, so all 17 are judged. */
const MORE_JUDGEMENTS: [ExpectationCode, Rating][] = [
  ['R3', 'meets'],
  ['M3', 'approaching'],
  ['M4', 'below'],
  ['S2', 'approaching'],
  ['S3', 'below'],
  ['S4', 'meets'],
  ['BL3', 'approaching'],
  ['BL4', 'exceeds'],
  ['BL5', 'meets'],
];

/**
 * The fullest summary a team makes: all 17 expectations judged, nine sterke punten and seven priorities (more
 * than the five of each the summary shows), every recommendation rewritten at length, the conditions checked,
 * two bevragingen, and a previous cycle to compare with.
 */
function fullSummaryFixture(): TeamFixture {
  const fixture = surveyFixture();
  const { cycle, input } = fixture;
  // Long, and each with words of different lengths, so each is cut at another place.
  const long = (code: string, index: number) =>
    `${['Samen met de scholen ', 'Met het CLB en de ouders ', 'Over de onderwijsniveaus heen '][index % 3]}een gedragen, goed gedocumenteerde werking voor ${code} uitbouwen die ook na de eerste graad standhoudt, met afspraken over opvolging, overleg met het CLB en een jaarlijkse evaluatie door de leersteunraad.`;
  const statuses = ['inOrder', 'partly', 'notInOrder', 'notApplicable'] as const;
  return {
    ...fixture,
    input: {
      ...input,
      assessments: [
        ...input.assessments,
        ...MORE_JUDGEMENTS.map(([code, rating]) => assessment(cycle, code, rating, undefined)),
      ],
      recommendations: cycle.scope.map((code, index) =>
        createRecommendation({ cycleId: cycle.id, expectationCode: code, text: long(code, index) }),
      ),
      conditionChecks: fixture.vocabulary.conditions.slice(0, 12).map((condition, index) =>
        createConditionCheck({
          cycleId: cycle.id,
          conditionId: condition.id,
          status: statuses[index % statuses.length]!,
          note: '',
        }),
      ),
    },
  };
}

/**
 * Fails unless the whole summary stands on one page, and section 1 begins on the next one: every text of
 * the summary is on the page of its first part, which is the summary's heading's page.
 */
function expectSummaryOnOnePage(pageTexts: readonly string[], fixture: TeamFixture): void {
  const model = buildReport(fixture.input, fixture.vocabulary);
  const overview = model.sections.find((section) => section.id === 'overview');
  if (overview?.id !== 'overview') throw new Error('The report has no summary in front.');
  const pages = pageTexts.map(squash);
  // Its first strength, not its headings: the contents list those too.
  const page = pages.findIndex((text) => text.includes(squash(overview.strengths?.items[0]?.text ?? '')));
  expect(page, 'the page of the summary').toBeGreaterThan(0);
  const texts = [
    overview.title,
    ...overview.levels.rows.map((row) => row.group),
    ...[overview.strengths, overview.priorities].flatMap((list) => [
      list!.title,
      ...list!.items.map((item) => item.text),
      list!.more ?? '',
    ]),
    overview.operations!.title,
    ...overview.participation!.rows.map((row) => row.value),
    overview.evolution!.title,
    ...overview.evolution!.rows.map((row) => row.codes.join(', ')),
  ];
  for (const text of texts) expect(pages[page], `"${text}" on page ${page + 1}`).toContain(squash(text));
  expect(pages[page + 1], `section 1 on page ${page + 2}`).toContain(squash(`1. ${SECTION_TITLES[1] ?? ''}`));
  expect(pages[page], 'section 1 not on the summary’s page').not.toContain(squash(`1. ${SECTION_TITLES[1]}`));
}

test('the summary in front fills exactly one A4 page, printed and in the Word file as LibreOffice lays it out', async ({
  page,
}) => {
  test.slow(true, 'prints the report, then makes its Word file and converts it with LibreOffice');
  const fixture = await openTeamReport(page, fullSummaryFixture());
  const summary = page.getByRole('region', { name: 'In één oogopslag' });
  await expect(summary).toContainText('En nog 4 bij de aanbevelingen.');
  await expect(summary).toContainText('En nog 2 bij de aanbevelingen.');

  await page.emulateMedia({ media: 'print' });
  const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(test.info().outputPath('printed.pdf'), printed);
  expectSummaryOnOnePage((await pdfText(printed)).pageTexts, fixture);

  await page.emulateMedia({ media: 'screen' });
  const word = await libreOfficePdf(await downloadFile(page, 'Word-bestand (.docx)'));
  writeFileSync(test.info().outputPath('word.pdf'), word);
  expectSummaryOnOnePage((await pdfText(word)).pageTexts, fixture);
});

test('the summary in front fits a phone and a laptop without sideways scrolling, and passes axe', async ({
  page,
}) => {
  await openTeamReport(page, fullSummaryFixture());
  const summary = page.getByRole('region', { name: 'In één oogopslag' });
  await expect(summary.getByRole('table').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page);
  await page.setViewportSize(LAPTOP);
  await expectNoSidewaysScroll(page);
});
