import { describe, expect, it } from 'vitest';
import { evidenceCoverage } from '../../../../src/domain/dashboard';
import {
  askedStatements,
  proposedItemIds,
  surveyAsSource,
} from '../../../../src/domain/survey/asked-statements';
import { answeredSurveys, surveyOutcome, voicesOn } from '../../../../src/domain/survey/expectation-voices';
import { isSurveyFinished } from '../../../../src/domain/survey/survey';
import { aQuestionnaire, aResponse, aSurvey } from './survey-factories';

const questionnaire = aQuestionnaire('parents');
const OWN = {
  id: '9a1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
  statement: 'Eigen stelling.',
  informs: ['BL2' as const],
};
const fiveAgreeing = () => Array.from({ length: 5 }, () => aResponse({ 'parents-stelling-1': 'agree' }));

describe('the statements a bevraging asks', () => {
  it("are the questionnaire's chosen ones in the order chosen, then its own", () => {
    const survey = aSurvey({ itemIds: ['parents-stelling-3', 'parents-stelling-1'], ownStatements: [OWN] });
    expect(askedStatements(survey, questionnaire).map((s) => [s.id, s.own])).toEqual([
      ['parents-stelling-3', false],
      ['parents-stelling-1', false],
      [OWN.id, true],
    ]);
  });

  it('leave out an id the questionnaire no longer has', () => {
    const survey = aSurvey({ itemIds: ['parents-stelling-1', 'ouder-vervallen'] });
    expect(askedStatements(survey, questionnaire).map((s) => s.id)).toEqual(['parents-stelling-1']);
  });

  it('are proposed from the cycle scope: only those informing an expectation in it', () => {
    expect(proposedItemIds(questionnaire, ['S2'])).toEqual([
      'parents-stelling-2',
      'parents-stelling-4',
      'parents-stelling-6',
      'parents-stelling-8',
    ]);
    expect(proposedItemIds(questionnaire, ['V1'])).toEqual([]);
  });
});

describe('a bevraging as a source of its cycle', () => {
  it("carries its group's voice and every expectation its statements inform", () => {
    const source = surveyAsSource(aSurvey({ ownStatements: [OWN] }), questionnaire);
    expect(source).toEqual({ kind: 'survey', voices: ['parents'], expectationCodes: ['R1', 'S2', 'BL2'] });
  });

  it('counts as a second voice for the triangulation hint', () => {
    const staff = { voices: ['supportStaff' as const], expectationCodes: ['R1' as const] };
    expect(evidenceCoverage(['R1'], [staff])[0]?.hint).toBe('singleVoice');
    const parents = surveyAsSource(aSurvey(), questionnaire);
    expect(evidenceCoverage(['R1'], [staff, parents])[0]).toMatchObject({
      evidenceCount: 2,
      voices: ['parents', 'supportStaff'],
      hint: undefined,
    });
  });
});

describe('the bevragingen with what their results are built from', () => {
  it("pair each with its group's questionnaire and its own answers, leaving out one without a questionnaire", () => {
    const parents = aSurvey();
    const staff = aSurvey({ id: '22222222-2222-4222-8222-222222222222', group: 'supportStaff' });
    const own = { ...aResponse({ 'parents-stelling-1': 'agree' }), surveyId: parents.id };
    const other = { ...aResponse({ 'parents-stelling-1': 'agree' }), surveyId: staff.id };
    expect(answeredSurveys([staff, parents], [own, other], [questionnaire])).toEqual([
      { survey: parents, questionnaire, responses: [own] },
    ]);
  });
});

describe('what a bevraging may show', () => {
  it('is finished once closed or once its last day has passed, not on its last day', () => {
    const survey = aSurvey({ endDate: '2027-01-31' });
    expect(isSurveyFinished(survey, '2027-01-31')).toBe(false);
    expect(isSurveyFinished(survey, '2027-02-01')).toBe(true);
    expect(isSurveyFinished({ ...survey, closedAt: '2027-01-20T10:00:00.000Z' }, '2027-01-20')).toBe(true);
  });

  it('shows only its count while it takes answers, its results once finished', () => {
    const answered = { survey: aSurvey(), questionnaire, responses: fiveAgreeing() };
    const running = surveyOutcome(answered, '2027-01-15');
    expect(running.responses).toBe(5);
    expect(running.results).toBeUndefined();
    const done = surveyOutcome(answered, '2027-02-01');
    expect(done.results?.items[0]?.result).toMatchObject({ shown: true, answers: 5, agreeShare: 1 });
  });
});

describe('the voices on one expectation', () => {
  it('list the bevragingen with a statement informing it, with those statements only', () => {
    const outcome = surveyOutcome(
      { survey: aSurvey(), questionnaire, responses: fiveAgreeing() },
      '2027-02-01',
    );
    const [voice] = voicesOn('R1', [outcome]);
    expect(voice?.finished).toBe(true);
    expect(voice?.statements.map((s) => s.statement.id)).toEqual([
      'parents-stelling-1',
      'parents-stelling-3',
      'parents-stelling-5',
      'parents-stelling-7',
    ]);
    expect(voice?.statements[0]?.result).toMatchObject({ shown: true, answers: 5 });
    expect(voice?.statements[1]?.result).toEqual({ shown: false });
    expect(voicesOn('V1', [outcome])).toEqual([]);
  });

  it('name a running bevraging with its count and no result', () => {
    const outcome = surveyOutcome(
      { survey: aSurvey(), questionnaire, responses: fiveAgreeing() },
      '2027-01-10',
    );
    const [voice] = voicesOn('S2', [outcome]);
    expect(voice).toMatchObject({ finished: false, responses: 5 });
    expect(voice?.statements.every((s) => s.result === undefined)).toBe(true);
  });
});
