import { newRecordId } from '../../../../src/domain/record';
import type { ReportInput, ReportOptions } from '../../../../src/domain/report/report-input';
import { type Survey } from '../../../../src/domain/survey/survey';
import { createSurvey } from '../../../../src/domain/survey/survey-schema';
import type { SurveyResponse } from '../../../../src/domain/survey/survey-response';
import { teamFixture, type TeamFixture } from './fixture-cycle';

/** A statement the centre wrote itself for the parents' bevraging. */
export const OWN_STATEMENT = 'De leerondersteuner kwam langs op het oudercontact als wij dat vroegen.';

/** The e-mail address a parent wrote in an open answer; the report shows it masked. */
export const WRITTEN_EMAIL = 'an.peeters@example.org';

/** Who answered what, per respondent: scale answers per statement id, and open answers. */
type Answers = [Record<string, string>, Record<string, string>?];

function responsesTo(survey: Survey, answers: readonly Answers[]): SurveyResponse[] {
  return answers.map(([given, open = {}]) => ({
    id: newRecordId(),
    surveyId: survey.id,
    answers: given,
    openAnswers: open,
    channel: 'kiosk' as const,
  }));
}

/** The team fixture with two bevragingen and their answers. */
export interface SurveyFixture extends TeamFixture {
  surveys: { parents: Survey; teachers: Survey };
  ownStatementId: string;
}

/**
 * The team fixture (report made on 2026-01-15) with a finished parents' bevraging — 20 asked, 6 answered:
 * "ouder-past-bij-kind" (M2) answered by all six (4 agree, 1 disagrees, 1 "weet ik niet"), "ouder-mening-bij-doelen"
 * (S1, S2) by only three, so hidden; an own statement on S2 answered by all; open answers, one with an e-mail
 * address — and a teachers' bevraging on R2 that still runs until 2026-02-28 with two answers.
 */
export function surveyFixture(options: Partial<ReportOptions> = {}): SurveyFixture {
  const fixture = teamFixture(options);
  const { cycle } = fixture;
  const ownStatementId = newRecordId();
  const parents = createSurvey({
    cycleId: cycle.id,
    group: 'parents',
    itemIds: ['ouder-past-bij-kind', 'ouder-mening-bij-doelen'],
    ownStatements: [{ id: ownStatementId, statement: OWN_STATEMENT, informs: ['S2'] }],
    introduction: 'Beste ouder, we horen graag hoe je de leersteun van dit schooljaar ervaart.',
    startDate: '2025-11-01',
    endDate: '2025-11-30',
    askedCount: 20,
  });
  const teachers = createSurvey({
    cycleId: cycle.id,
    group: 'teachers',
    itemIds: ['leraar-op-de-klasvloer'],
    startDate: '2026-01-10',
    endDate: '2026-02-28',
    askedCount: 40,
  });
  const fit = 'ouder-past-bij-kind';
  const voice = 'ouder-mening-bij-doelen';
  const parentsAnswers: Answers[] = [
    [
      { [fit]: 'agree', [voice]: 'agree', [ownStatementId]: 'agree' },
      { 'ouder-open-waardevol': 'De rust thuis.' },
    ],
    [{ [fit]: 'agree', [voice]: 'ratherAgree', [ownStatementId]: 'agree' }],
    [{ [fit]: 'ratherAgree', [voice]: 'disagree', [ownStatementId]: 'ratherAgree' }],
    [
      { [fit]: 'ratherAgree', [ownStatementId]: 'disagree' },
      { 'ouder-open-anders': `Mail me gerust op ${WRITTEN_EMAIL} voor meer uitleg.` },
    ],
    [{ [fit]: 'disagree', [ownStatementId]: 'dontKnow' }],
    [{ [fit]: 'dontKnow', [ownStatementId]: 'agree' }],
  ];
  const teachersAnswers: Answers[] = [
    [{ 'leraar-op-de-klasvloer': 'agree' }],
    [{ 'leraar-op-de-klasvloer': 'disagree' }],
  ];
  const input: ReportInput = {
    ...fixture.input,
    surveys: [teachers, parents],
    surveyResponses: [...responsesTo(parents, parentsAnswers), ...responsesTo(teachers, teachersAnswers)],
  };
  return { ...fixture, input, surveys: { parents, teachers }, ownStatementId };
}
