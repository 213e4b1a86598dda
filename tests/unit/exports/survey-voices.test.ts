import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildReport } from '../../../src/domain/report/build-report';
import { REPORT_FORMAT_VERSION } from '../../../src/domain/report/report-format';
import { ReportModelSchema } from '../../../src/domain/report/report-model';
import { surveyResultsCsv } from '../../../src/exports/csv/survey-results-csv';
import { renderJson } from '../../../src/exports/json/render-json';
import { exportLabels } from '../../../src/exports/labels';
import { parseCsv } from '../../shared/parse-csv';
import { TEST_LABELS } from '../domain/report/vocabulary';
import { OWN_STATEMENT, WRITTEN_EMAIL, surveyFixture } from '../domain/report/survey-fixture';
import { reportPageSections, wordSections } from './report-formats';

const labels = TEST_LABELS.surveys;
const FIT = 'De leersteun past bij wat mijn kind nodig heeft.';
const HIDDEN = 'Mijn mening telde mee toen de doelen van de leersteun gekozen werden.';

describe('the voices of the bevragingen in every format', () => {
  const fixture = surveyFixture();
  const model = buildReport(fixture.input, fixture.vocabulary);
  const withOpen = surveyFixture({ includeOpenAnswers: true });
  const openModel = buildReport(withOpen.input, withOpen.vocabulary);

  it.each([
    ['report page', reportPageSections],
    ['Word', wordSections],
  ] as const)(
    'the %s shows who was asked, the results, the questionnaires and the mark',
    async (_, sectionsOf) => {
      const [, , development = '', support = '', , , , , appendices = ''] = await sectionsOf(model);
      expect(development).toContain('ouders');
      expect(development).toContain(labels.running);
      expect(support).toContain(FIT);
      expect(support).toContain(labels.ownQuestionnaire);
      expect(support).toContain(`${OWN_STATEMENT} (${exportLabels.surveys.ownStatement})`);
      // The hidden result: its note right after the statement, then only empty cells up to the next text.
      const hiddenRows = support.split(HIDDEN).slice(1);
      expect(hiddenRows.length).toBeGreaterThan(0);
      for (const rest of hiddenRows) {
        expect(rest).toMatch(new RegExp(`^[ |]*${labels.tooFewAnswers}[ |]*(\\p{L}|$)`, 'u'));
      }
      expect(appendices).toContain(exportLabels.surveys.questionnairesTitle);
      expect(appendices).toContain(labels.ownQuestionnaire);
      expect(appendices).toContain(fixture.surveys.parents.introduction);
      expect(appendices).toContain('weet ik niet / niet van toepassing');
      expect(appendices).not.toContain(labels.openAnswersTitle);
      const openAppendices = (await sectionsOf(openModel)).at(-1) ?? '';
      expect(openAppendices).toContain(labels.openAnswersWarning);
      expect(openAppendices).toContain('De rust thuis.');
      expect(openAppendices).not.toContain(WRITTEN_EMAIL);
    },
  );

  it('the CSV of the results reads back: one row per expectation and statement, a hidden one without numbers', () => {
    const [header, ...rows] = parseCsv(surveyResultsCsv(model));
    expect(header).toEqual(exportLabels.surveys.csvHeader);
    const row = (id: string, code: string) => rows.find((cells) => cells[2] === id && cells[5] === code);
    expect(row('ouder-past-bij-kind', 'M2')).toEqual([
      '1 november 2025 – 30 november 2025',
      'ouders',
      'ouder-past-bij-kind',
      FIT,
      labels.ownQuestionnaire,
      'M2',
      '6',
      '80',
      '1',
      'klopt niet 1 · klopt eerder niet 0 · klopt eerder wel 2 · klopt 2',
    ]);
    expect(row('ouder-mening-bij-doelen', 'S1')?.slice(6)).toEqual(['', '', '', labels.tooFewAnswers]);
    expect(row('ouder-mening-bij-doelen', 'S2')?.slice(6)).toEqual(['', '', '', labels.tooFewAnswers]);
    expect(row(fixture.ownStatementId, 'S2')?.[4]).toBe(exportLabels.surveys.ownStatement);
    // The running teachers' bevraging has no results yet.
    expect(rows.some((cells) => cells[1] === 'leraren')).toBe(false);
  });

  it('the CSV neutralises a statement that a spreadsheet would run as a formula', () => {
    const hostile = '=HYPERLINK("http://x","klik")';
    const parents = { ...fixture.surveys.parents };
    parents.ownStatements = parents.ownStatements.map((statement) => ({ ...statement, statement: hostile }));
    const input = {
      ...fixture.input,
      surveys: (fixture.input.surveys ?? []).map((survey) => (survey.id === parents.id ? parents : survey)),
    };
    const rows = parseCsv(surveyResultsCsv(buildReport(input, fixture.vocabulary)));
    expect(rows.find((cells) => cells[2] === fixture.ownStatementId)?.[3]).toBe(`'${hostile}`);
  });

  it('the JSON validates against the schema, which describes the new parts', () => {
    const json = JSON.parse(renderJson(openModel, 'https://lsc.example/')) as unknown;
    expect(ReportModelSchema.safeParse(json).success).toBe(true);
    expect((json as { formatVersion: number }).formatVersion).toBe(REPORT_FORMAT_VERSION);
    const schema = JSON.stringify(z.toJSONSchema(ReportModelSchema));
    for (const field of [
      'surveyVoices',
      'questionnaires',
      'openAnswers',
      'includeOpenAnswers',
      'responseRate',
    ])
      expect(schema).toContain(`"${field}"`);
    // A report of an older format is not read as the current one.
    expect(
      ReportModelSchema.safeParse({ ...(json as object), formatVersion: REPORT_FORMAT_VERSION - 1 }).success,
    ).toBe(false);
  });
});
