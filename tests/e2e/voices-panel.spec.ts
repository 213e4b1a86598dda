import { expect, test, type Locator, type Page } from '@playwright/test';
import { createCycle } from '../../src/domain/cycle-schema';
import { createParticipant } from '../../src/domain/participant-schema';
import { type Survey } from '../../src/domain/survey/survey';
import { createSurvey } from '../../src/domain/survey/survey-schema';
import type { SurveyResponse } from '../../src/domain/survey/survey-response';
import { expectNoAxeViolations } from './axe';
import { openApp, waitForPageSettled } from './open-app';
import { expectNoSidewaysScroll, LAPTOP, PHONE } from './page-layout';
import { backupWith } from './records-backup';
import { restoreBackup } from './sample-data';
import { sayWhoIAm } from './who-am-i';

// The set-up and afnamemodus of a bevraging are built beside this; until then the bevragingen and their
// answers arrive the way the other journeys seed data: a backup made by the app's own code, restored through
// the data view.
const SHOTS = process.env.VOICES_SHOTS;

const earlier = createCycle({ title: 'Zelfevaluatie 2025-2026', schoolYear: '2025-2026', mode: 'team' });
const cycle = createCycle({
  title: 'Zelfevaluatie 2026-2027',
  schoolYear: '2026-2027',
  mode: 'team',
  scope: ['R1', 'R2', 'S2'],
  previousCycleId: earlier.id,
});
const an = createParticipant({ cycleId: cycle.id, name: 'An', role: 'coordinator' });
const bert = createParticipant({ cycleId: cycle.id, name: 'Bert', role: 'supportStaff' });

const PARENTS_SATISFIED = 'ouder-tevreden';
const PARENTS_BETTER = 'ouder-leren-beter';

/** Finished: its period was over long before any run of this test. */
const parents = createSurvey({
  cycleId: cycle.id,
  group: 'parents',
  itemIds: [PARENTS_BETTER, PARENTS_SATISFIED, 'ouder-leerondersteuner-bereikbaar'],
  ownStatements: [
    { id: crypto.randomUUID(), statement: 'De infoavond over leersteun was nuttig.', informs: ['R1'] },
  ],
  startDate: '2026-01-12',
  endDate: '2026-02-20',
  askedCount: 20,
});
const parentsLastYear = createSurvey({
  cycleId: earlier.id,
  group: 'parents',
  itemIds: [PARENTS_SATISFIED],
  startDate: '2025-01-13',
  endDate: '2025-02-21',
  askedCount: 18,
});
/** Finished with four answers: below the threshold of five. */
const teachers = createSurvey({
  cycleId: cycle.id,
  group: 'teachers',
  itemIds: ['leraar-leerling-vooruitgang'],
  startDate: '2026-01-12',
  endDate: '2026-02-20',
  askedCount: 9,
});
/** Still taking answers for years to come. */
const pupils = createSurvey({
  cycleId: cycle.id,
  group: 'secondaryPupils',
  itemIds: ['secundair-leren-lukt-beter'],
  startDate: '2026-01-12',
  endDate: '2099-06-30',
  askedCount: 30,
});

function responses(survey: Survey, answers: Record<string, string>[]): SurveyResponse[] {
  return answers.map((answer) => ({
    id: crypto.randomUUID(),
    surveyId: survey.id,
    answers: answer,
    openAnswers: {},
    channel: 'kiosk',
  }));
}

const parentAnswers = [
  ...Array.from({ length: 3 }, () => ({ [PARENTS_SATISFIED]: 'agree', [PARENTS_BETTER]: 'ratherAgree' })),
  ...Array.from({ length: 2 }, () => ({ [PARENTS_SATISFIED]: 'ratherAgree', [PARENTS_BETTER]: 'agree' })),
  { [PARENTS_SATISFIED]: 'ratherDisagree', [PARENTS_BETTER]: 'dontKnow' },
  { [PARENTS_SATISFIED]: 'disagree', [PARENTS_BETTER]: 'disagree' },
  // Someone who skipped both: still one of the eight who answered.
  {},
];

async function restoreVoices(page: Page): Promise<void> {
  const file = await backupWith({
    cycles: [earlier, cycle],
    participants: [an, bert],
    surveys: [parentsLastYear, parents, teachers, pupils],
    surveyResponses: [
      ...responses(
        parentsLastYear,
        Array.from({ length: 6 }, (_, i) => ({ [PARENTS_SATISFIED]: i < 3 ? 'agree' : 'disagree' })),
      ),
      ...responses(parents, parentAnswers),
      ...responses(
        teachers,
        Array.from({ length: 4 }, () => ({ 'leraar-leerling-vooruitgang': 'agree' })),
      ),
      ...responses(
        pupils,
        Array.from({ length: 6 }, () => ({ 'secundair-leren-lukt-beter': 'agree' })),
      ),
    ],
  });
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, { name: 'stemmen.zip', mimeType: 'application/zip', buffer: file });
}

const panelOf = (page: Page): Locator =>
  page.getByRole('region', { name: 'Wat zeggen scholen, leraren, ouders en leerlingen?' });

/** What the panel must and must not show about the three bevragingen informing R1. */
async function expectVoicesOnR1(panel: Locator): Promise<void> {
  const parentsBlock = panel
    .getByRole('listitem')
    .filter({ has: panel.page().getByRole('heading', { name: 'Bevraging ouders (jan.–feb. 2026)' }) });
  await expect(parentsBlock.getByText('8 van 20 gevraagden antwoordden (40%).')).toBeVisible();
  // Ik ben tevreden: 5 of 7 on the scale agree (the eighth skipped it: 8 answered the bevraging, 7 this one).
  const satisfied = parentsBlock
    .getByRole('listitem')
    .filter({ hasText: 'Ik ben tevreden over de leersteun voor mijn kind.' });
  await expect(satisfied.getByText('71% akkoord')).toBeVisible();
  await satisfied.getByText('Cijfers in een tabel').click();
  const table = satisfied.getByRole('table', { name: /Antwoorden op: Ik ben tevreden/ });
  await expect(table.getByRole('row')).toHaveText([
    'AntwoordAantal',
    'klopt niet1',
    'klopt eerder niet1',
    'klopt eerder wel2',
    'klopt3',
    'weet ik niet / niet van toepassing0',
  ]);
  // Last year's result of the same statement beside it.
  await expect(satisfied.getByText('Schooljaar 2025-2026: 50% akkoord (6 antwoorden)')).toBeVisible();
  // "weet ik niet" is counted apart from the share that agrees: 5 of 6 on the scale.
  const better = parentsBlock
    .getByRole('listitem')
    .filter({ hasText: 'Door de leersteun gaat het leren beter' });
  await expect(better.getByText('83% akkoord')).toBeVisible();
  await expect(better.getByText('weet ik niet: 1')).toBeVisible();
  // The centre's own statement is marked as such; nobody answered it, so it shows nothing.
  const own = parentsBlock
    .getByRole('listitem')
    .filter({ hasText: 'De infoavond over leersteun was nuttig.' });
  await expect(own.getByText('Eigen stelling', { exact: true })).toBeVisible();
  await expect(own.getByText('Te weinig antwoorden om te tonen.')).toBeVisible();
  // Teachers, four answers: the count and nothing else.
  const teachersBlock = panel
    .getByRole('listitem')
    .filter({ has: panel.page().getByRole('heading', { name: 'Bevraging leraren (jan.–feb. 2026)' }) });
  await expect(teachersBlock.getByText('4 van 9 gevraagden antwoordden (44%).')).toBeVisible();
  await expect(teachersBlock.getByText('Te weinig antwoorden om te tonen.')).toBeVisible();
  await expect(teachersBlock.getByRole('table')).toHaveCount(0);
  await expect(teachersBlock.getByText(/akkoord/)).toHaveCount(0);
  await expect(panel.getByText('Een stelling met minder dan 5 antwoorden tonen we niet')).toHaveCount(1);
  // Pupils, still running: how many answered, and no result at all.
  const pupilsBlock = panel
    .getByRole('listitem')
    .filter({ has: panel.page().getByRole('heading', { name: /Bevraging leerlingen secundair onderwijs/ }) });
  await expect(
    pupilsBlock.getByText(
      /^Loopt nog tot 30 juni 2099 — 6 antwoorden\. De resultaten verschijnen na afloop\.$/,
    ),
  ).toBeVisible();
  await expect(pupilsBlock.getByText(/akkoord|Te weinig/)).toHaveCount(0);
  await expect(pupilsBlock.getByRole('table')).toHaveCount(0);
}

test.describe('what schools, teachers, parents and pupils say', () => {
  test('the rating page shows the results of finished bevragingen, the count of the rest, and counts them as sources', async ({
    page,
  }) => {
    await page.setViewportSize(LAPTOP);
    await restoreVoices(page);
    await openApp(page, `/app/beoordelen/r1/?cyclus=${cycle.id}`);
    await sayWhoIAm(page, 'An');
    await waitForPageSettled(page);
    const panel = panelOf(page);
    await expectVoicesOnR1(panel);
    // The bevragingen are listed as sources, link to their page, and count as voices for the hint.
    const sources = page.getByRole('region', { name: 'Bronnen bij deze verwachting' });
    await expect(sources.getByRole('link', { name: 'Bevraging ouders (jan.–feb. 2026)' })).toHaveAttribute(
      'href',
      `/app/bevragingen/?cyclus=${cycle.id}`,
    );
    await expect(sources.getByText('(bevraging; ouders)')).toBeVisible();
    await expect(
      sources.getByText(/alle bronnen vertolken dezelfde stem|een oordeel is sterker/),
    ).toHaveCount(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/rating-1280.png`, fullPage: true });
    await expectNoAxeViolations(page);
    // On paper every table is there without opening it.
    const closedTable = panel.getByRole('table', { name: /Door de leersteun gaat het leren beter/ });
    await expect(closedTable).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(closedTable).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    if (SHOTS) await panel.screenshot({ path: `${SHOTS}/rating-panel-360.png` });
    await expectNoAxeViolations(page);

    // An expectation no bevraging informs gets one line pointing to the bevragingen, not an empty box.
    await openApp(page, `/app/beoordelen/r2/?cyclus=${cycle.id}`);
    await waitForPageSettled(page);
    await expect(panelOf(page)).toHaveCount(0);
    await expect(page.getByText('Nog geen bevraging zegt iets over deze verwachting.')).toBeVisible();

    // The evidence library lists them as read-only sources, narrowed by its filters like the evidence.
    await openApp(page, `/app/bronnen/?cyclus=${cycle.id}&verwachting=S2`);
    await waitForPageSettled(page);
    const surveys = page.getByRole('region', { name: 'Bevragingen' });
    await expect(surveys.getByRole('listitem')).toHaveText([
      'Bevraging ouders (jan.–feb. 2026) (bevraging; ouders)',
    ]);
  });

  test('the consensus page shows the same panel for the bespreekpunt, and the overview counts the bevragingen', async ({
    page,
  }) => {
    await page.setViewportSize(LAPTOP);
    await restoreVoices(page);
    await openApp(page, `/app/consensus/?cyclus=${cycle.id}&verwachting=R1`);
    await waitForPageSettled(page);
    await expectVoicesOnR1(panelOf(page));
    if (SHOTS) await panelOf(page).screenshot({ path: `${SHOTS}/consensus-panel-1280.png` });
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    if (SHOTS) await panelOf(page).screenshot({ path: `${SHOTS}/consensus-panel-360.png` });

    // The cycle's overview counts each bevraging as a source with its group's voice.
    await page.setViewportSize(LAPTOP);
    await openApp(page, `/app/cyclus/?cyclus=${cycle.id}`);
    await waitForPageSettled(page);
    const cells = (code: string) =>
      page.getByRole('row', { name: new RegExp(`${code} beoordelen`) }).getByRole('cell');
    await expect(cells('R1').nth(1)).toHaveText('3');
    await expect(cells('R1').nth(2)).toHaveText('leerlingen, ouders, leraren');
    await expect(cells('S2').nth(1)).toHaveText('1 (één stem)');
    await expect(cells('R2').nth(1)).toHaveText('0 (nog geen bron)');
  });
});
