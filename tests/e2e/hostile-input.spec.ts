import { expect, test, type Page } from '@playwright/test';
import { createAction, createProgressEntry } from '../../src/domain/action-schema';
import { createAssessment } from '../../src/domain/assessment';
import { createConditionCheck } from '../../src/domain/condition-check-schema';
import {
  contributionFileName,
  createContributionFile,
} from '../../src/domain/contribution/contribution-file';
import {
  createInvitationFile,
  memberCycleFromInvitation,
} from '../../src/domain/contribution/invitation-file';
import { serialiseTeamFile } from '../../src/domain/contribution/read-file';
import { createCycle } from '../../src/domain/cycle-schema';
import { createEvidence } from '../../src/domain/evidence-schema';
import { pdfText } from './pdf-text';
import { createLscProfile } from '../../src/domain/lsc-profile';
import { createParticipant } from '../../src/domain/participant-schema';
import { createRecommendation } from '../../src/domain/recommendation-schema';
import { HOSTILE_LIST, HOSTILE_STRINGS, VERY_LONG_TEXT } from '../shared/hostile-strings';
import { openApp, waitForHydration, waitForPageSettled } from './open-app';
import { backupWith } from './records-backup';
import { restoreBackup } from './sample-data';
import { chooseContributions } from './team-contributions';
import { NO_PAGE_PROBLEMS, watchPage, type PageProblems } from './watch-page';

const ALL = HOSTILE_LIST.join('\n');
const cycle = createCycle({
  title: HOSTILE_STRINGS.scriptTag,
  schoolYear: '2025-2026',
  mode: 'team',
  scope: ['M2', 'S1'],
});
const participant = createParticipant({
  cycleId: cycle.id,
  name: HOSTILE_STRINGS.imageOnError,
  role: 'staff',
});
const evidence = {
  ...createEvidence({
    cycleId: cycle.id,
    title: HOSTILE_STRINGS.svgOnLoad,
    kind: 'report',
    expectationCodes: ['M2'],
  }),
  description: ALL,
};
const records = {
  lscProfiles: [{ ...createLscProfile(), name: HOSTILE_STRINGS.markup, workingArea: ALL }],
  cycles: [cycle],
  participants: [participant],
  assessments: (['M2', 'S1'] as const).flatMap((code) => [
    {
      ...createAssessment({ cycleId: cycle.id, expectationCode: code, kind: 'consensus' }),
      rating: 'approaching' as const,
      justification: ALL,
      strengths: VERY_LONG_TEXT,
      pointsToDevelop: HOSTILE_STRINGS.templates,
    },
    {
      ...createAssessment({
        cycleId: cycle.id,
        expectationCode: code,
        kind: 'individual',
        participantId: participant.id,
      }),
      rating: 'below' as const,
      justification: ALL,
    },
  ]),
  evidence: [evidence],
  actions: [
    {
      ...createAction({ cycleId: cycle.id, title: HOSTILE_STRINGS.formulaEquals, expectationCodes: ['M2'] }),
      goal: ALL,
      owner: HOSTILE_STRINGS.rightToLeftOverride,
      progressLog: [createProgressEntry('2026-01-10', ALL)],
    },
  ],
  recommendations: [createRecommendation({ cycleId: cycle.id, expectationCode: 'M2', text: ALL })],
  conditionChecks: [
    { ...createConditionCheck({ cycleId: cycle.id, conditionId: 'supportCouncil' }), note: ALL },
  ],
};

/** Fails the test on any dialog the page opens: an alert() would mean typed text ran as script. */
function refuseDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Nothing the hostile text asked for happened: no element injected, no script run, nothing blocked or sent. */
async function expectOnlyText(page: Page, problems: PageProblems, dialogs: string[]): Promise<void> {
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll('[onerror], [onload], img[src="x"], a[href^="javascript:"], main svg').length,
  );
  expect(injected).toBe(0);
  await expect(page).not.toHaveTitle('gehackt');
  expect(dialogs).toEqual([]);
  expect(problems).toEqual(NO_PAGE_PROBLEMS);
}

const VIEWS = [
  '/app/',
  `/app/cyclus/?cyclus=${cycle.id}`,
  `/app/beoordelen/m2/?cyclus=${cycle.id}`,
  `/app/bronnen/?cyclus=${cycle.id}`,
  `/app/actieplan/?cyclus=${cycle.id}`,
  `/app/actieplan/?cyclus=${cycle.id}&weergave=bord`,
  `/app/deelnemers/?cyclus=${cycle.id}`,
  `/app/rapport/?cyclus=${cycle.id}`,
  '/app/vergelijken/',
  '/app/profiel/',
  '/app/gegevens/',
];

test('hostile text in an imported backup shows as text in every app view and the report, and nothing leaves the origin', async ({
  page,
  baseURL,
}) => {
  // Restores hostile data, then opens every app view and the report: four short tests' worth.
  test.setTimeout(120_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  const dialogs = refuseDialogs(page);
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, {
    name: 'vijandig.zip',
    mimeType: 'application/zip',
    buffer: await backupWith(records),
  });

  for (const view of VIEWS) {
    await openApp(page, view);
    await waitForPageSettled(page);
    await expectOnlyText(page, problems, dialogs);
  }

  await openApp(page, `/app/bronnen/?cyclus=${cycle.id}`);
  await expect(page.getByRole('heading', { name: HOSTILE_STRINGS.svgOnLoad })).toBeVisible();
  await openApp(page, `/app/rapport/?cyclus=${cycle.id}`);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  await expect(report).toContainText(HOSTILE_STRINGS.scriptTag);
  await expect(report).toContainText(HOSTILE_STRINGS.imageOnError);
  await expect(report).toContainText(HOSTILE_STRINGS.markup);
  await expect(report).toContainText(HOSTILE_STRINGS.formulaEquals);
  await expect(report).toContainText(VERY_LONG_TEXT.slice(0, 500));
  await expectOnlyText(page, problems, dialogs);
  // Printed, the centre's name heads every page after the cover as it was typed, markup and quotes included:
  // it reaches the page margin as a CSS string, which no name can end.
  await page.emulateMedia({ media: 'print' });
  const squash = (text: string) => text.replace(/\s+/g, '');
  const printed = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  const pages = printed.text.split('\n');
  expect(squash(pages[1] ?? '').startsWith(squash(HOSTILE_STRINGS.markup))).toBe(true);
  expect(squash(pages.at(-1) ?? '').startsWith(squash(HOSTILE_STRINGS.markup))).toBe(true);
  await expectOnlyText(page, problems, dialogs);
});

test('hostile text typed into the forms is saved and shown as text', async ({ page, baseURL }) => {
  // Types hostile text into five forms and reads it back in three views.
  test.setTimeout(120_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  const dialogs = refuseDialogs(page);
  await openApp(page, '/app/cyclus/nieuw/');
  await page.getByLabel('Titel').fill(HOSTILE_STRINGS.imageOnError);
  await page.getByLabel('Schooljaar').fill('2026-2027');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Volgende' }).click();
  // A personal reflection: its report shows the one person's own ratings and journal, with the typed text.
  await page.getByRole('radio', { name: /individuele reflectie/ }).check();
  await page.getByLabel('Naam of alias').fill(HOSTILE_STRINGS.svgOnLoad);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  const cycleId = new URL(page.url()).searchParams.get('cyclus') ?? '';
  await waitForHydration(page);
  await expect(page.getByText(HOSTILE_STRINGS.imageOnError).first()).toBeVisible();

  await openApp(page, `/app/beoordelen/m2/?cyclus=${cycleId}`);
  await page.getByRole('radio', { name: /benadert de verwachting/ }).check();
  await page.getByLabel('Verantwoording').fill(`${HOSTILE_STRINGS.scriptTag}\n${HOSTILE_STRINGS.markup}`);
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
  const journal = page.getByRole('region', { name: 'Mijn logboek' });
  await journal.getByLabel('Notitie', { exact: true }).fill(HOSTILE_STRINGS.imageOnError);
  await journal.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(journal.getByRole('listitem')).toContainText(HOSTILE_STRINGS.imageOnError);

  await openApp(page, `/app/bronnen/?cyclus=${cycleId}`);
  await page.getByRole('button', { name: 'Nieuwe bron toevoegen' }).click();
  const form = page.getByRole('form');
  await form.getByLabel('Titel').fill(HOSTILE_STRINGS.templates);
  await form
    .getByLabel('Beschrijving')
    .fill(`${HOSTILE_STRINGS.rightToLeftOverride}\n${HOSTILE_STRINGS.emojiSequences}`);
  await form.getByRole('checkbox', { name: /^M2 — / }).check();
  await form.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('heading', { name: HOSTILE_STRINGS.templates })).toBeVisible();

  await openApp(page, `/app/actieplan/?cyclus=${cycleId}`);
  await page.getByLabel('Titel van de nieuwe actie').fill(HOSTILE_STRINGS.formulaEquals);
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page
    .getByLabel('Doel', { exact: true })
    .fill(`${HOSTILE_STRINGS.formulaAt}\n${HOSTILE_STRINGS.controlCharacters}`);
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();

  await openApp(page, `/app/rapport/?cyclus=${cycleId}`);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  for (const text of [
    HOSTILE_STRINGS.scriptTag,
    HOSTILE_STRINGS.markup,
    HOSTILE_STRINGS.templates,
    HOSTILE_STRINGS.formulaEquals,
    HOSTILE_STRINGS.imageOnError,
  ]) {
    await expect(report).toContainText(text);
  }
  await expectOnlyText(page, problems, dialogs);
});

/** A member's contribution to the hostile team cycle whose every text is hostile: name, judgements, good practice. */
function hostileContribution() {
  const invitation = createInvitationFile(cycle, { roles: ['staff'], anonymousAllowed: false });
  const member = memberCycleFromInvitation(invitation, 'Lid');
  const assessments = (['M2', 'S1'] as const).map((code) => ({
    ...createAssessment({
      cycleId: member.cycle.id,
      expectationCode: code,
      kind: 'individual',
      participantId: member.self.id,
    }),
    rating: 'exceeds' as const,
    justification: ALL,
    strengths: HOSTILE_STRINGS.markup,
    pointsToDevelop: VERY_LONG_TEXT,
    goodPractice: { description: ALL, criteria: [] },
  }));
  const file = createContributionFile(member.cycle, member.self.id, assessments, {
    name: HOSTILE_STRINGS.svgOnLoad,
    role: 'staff',
    anonymous: false,
  });
  return {
    name: contributionFileName(file),
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseTeamFile(file)),
  };
}

test('hostile text in an imported contribution shows as text on the contributions page, in the consensus view and the report', async ({
  page,
  baseURL,
}) => {
  // Imports a hostile contribution, then checks three views and the report.
  test.setTimeout(120_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  const dialogs = refuseDialogs(page);
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, {
    name: 'vijandig.zip',
    mimeType: 'application/zip',
    buffer: await backupWith(records),
  });

  await openApp(page, `/app/bijdragen/?cyclus=${cycle.id}`);
  await chooseContributions(page, [hostileContribution()]);
  await expect(page.getByText(`${HOSTILE_STRINGS.svgOnLoad} (medewerker)`)).toBeVisible();
  await expectOnlyText(page, problems, dialogs);
  await page.getByRole('button', { name: '1 bijdrage inlezen' }).click();
  await expect(page.getByText('1 toegevoegd, 0 vervangen, 0 overgeslagen.')).toBeVisible();
  const received = page.getByRole('table', { name: /Ingelezen bijdragen/ });
  await expect(received.getByRole('rowheader', { name: HOSTILE_STRINGS.svgOnLoad })).toBeVisible();
  await expectOnlyText(page, problems, dialogs);

  await openApp(page, `/app/consensus/?cyclus=${cycle.id}&verwachting=M2`);
  await waitForPageSettled(page);
  const note = page.getByRole('article', { name: HOSTILE_STRINGS.svgOnLoad });
  for (const text of [HOSTILE_STRINGS.scriptTag, HOSTILE_STRINGS.imageOnError, HOSTILE_STRINGS.markup]) {
    await expect(note).toContainText(text);
  }
  await expect(note).toContainText(VERY_LONG_TEXT.slice(0, 500));
  await expectOnlyText(page, problems, dialogs);

  await openApp(page, `/app/rapport/?cyclus=${cycle.id}`);
  await waitForPageSettled(page);
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  await expect(report).toContainText(HOSTILE_STRINGS.svgOnLoad);
  await expectOnlyText(page, problems, dialogs);
});
