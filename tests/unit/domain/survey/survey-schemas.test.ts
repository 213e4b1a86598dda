import { describe, expect, it } from 'vitest';
import { SurveySchema } from '../../../../src/domain/survey/survey-schema';
import { SurveyResponseSchema } from '../../../../src/domain/survey/survey-response-schema';

const ID = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';
const CYCLE = '0b1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';
const TIME = '2026-12-06T10:00:00.000Z';

const aSurvey = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: ID,
  createdAt: TIME,
  updatedAt: TIME,
  cycleId: CYCLE,
  group: 'parents',
  itemIds: ['ouder-tevreden', 'ouder-leren-beter'],
  startDate: '2027-01-10',
  endDate: '2027-02-10',
  askedCount: 40,
  ...overrides,
});

describe('SurveySchema', () => {
  it("fills in the defaults: no own statements, the questionnaire's introduction, threshold five", () => {
    const survey = SurveySchema.parse(aSurvey());
    expect(survey.ownStatements).toEqual([]);
    expect(survey.introduction).toBe('');
    expect(survey.anonymityThreshold).toBe(5);
  });

  it('refuses a threshold below three', () => {
    expect(SurveySchema.safeParse(aSurvey({ anonymityThreshold: 3 })).success).toBe(true);
    expect(SurveySchema.safeParse(aSurvey({ anonymityThreshold: 2 })).success).toBe(false);
  });

  it('allows up to ten own statements', () => {
    const own = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${String(i).padStart(8, '0')}-4a5b-4c6d-8e7f-8091a2b3c4d5`,
        statement: `Eigen stelling ${i + 1}`,
        informs: ['BL2'],
      }));
    expect(SurveySchema.safeParse(aSurvey({ ownStatements: own(10) })).success).toBe(true);
    expect(SurveySchema.safeParse(aSurvey({ ownStatements: own(11) })).success).toBe(false);
  });

  it('refuses no statements, a statement twice, a period backwards and nobody asked', () => {
    expect(SurveySchema.safeParse(aSurvey({ itemIds: [] })).success).toBe(false);
    expect(SurveySchema.safeParse(aSurvey({ itemIds: ['ouder-tevreden', 'ouder-tevreden'] })).success).toBe(
      false,
    );
    expect(SurveySchema.safeParse(aSurvey({ startDate: '2027-03-01' })).success).toBe(false);
    expect(SurveySchema.safeParse(aSurvey({ askedCount: 0 })).success).toBe(false);
  });
});

describe('SurveyResponseSchema', () => {
  it('holds answers and open answers, and nothing that says who or when', () => {
    const response = SurveyResponseSchema.parse({
      id: ID,
      surveyId: CYCLE,
      answers: { 'ouder-tevreden': 'agree', 'ouder-leren-beter': 'dontKnow' },
      openAnswers: { 'ouder-open-anders': 'Meer overleg.' },
      channel: 'paper',
      respondent: 'An Peeters',
      createdAt: TIME,
    });
    expect(Object.keys(response).sort()).toEqual(['answers', 'channel', 'id', 'openAnswers', 'surveyId']);
  });

  it('says how the answers reached the centre, from the channels the app knows', () => {
    const answer = { id: ID, surveyId: CYCLE, answers: {} };
    expect(SurveyResponseSchema.safeParse(answer).success).toBe(false);
    expect(SurveyResponseSchema.safeParse({ ...answer, channel: 'e-mail' }).success).toBe(false);
    for (const channel of ['kiosk', 'answerFile', 'paper', 'spreadsheet'])
      expect(SurveyResponseSchema.safeParse({ ...answer, channel }).success, channel).toBe(true);
  });
});
