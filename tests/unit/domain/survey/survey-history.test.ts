import { describe, expect, it } from 'vitest';
import { surveyOutcome, voicesOn } from '../../../../src/domain/survey/expectation-voices';
import { withEarlierResults } from '../../../../src/domain/survey/survey-history';
import { aQuestionnaire, aResponse, aSurvey } from './survey-factories';

const parents = aQuestionnaire('parents');
const teachers = aQuestionnaire('teachers');
const AFTER = '2027-03-01';
const answering = (n: number, id: string, answer: string) =>
  Array.from({ length: n }, () => aResponse({ [id]: answer }));

const thisYear = { id: 'c2', schoolYear: '2026-2027' };
const lastYear = { id: 'c1', schoolYear: '2025-2026' };
const twoYearsAgo = { id: 'c0', schoolYear: '2024-2025' };

const outcome = (
  responses: ReturnType<typeof answering>,
  overrides: Parameters<typeof aSurvey>[0] = {},
  questionnaire = parents,
  today = AFTER,
) => surveyOutcome({ survey: aSurvey(overrides), questionnaire, responses }, today);

describe('results across years', () => {
  const now = voicesOn('R1', [outcome(answering(6, 'parents-stelling-1', 'agree'))]);

  it('puts beside each statement what the same id showed in earlier cycles, newest first', () => {
    const [voice] = withEarlierResults(now, [
      { cycle: lastYear, outcomes: [outcome(answering(5, 'parents-stelling-1', 'disagree'))] },
      { cycle: twoYearsAgo, outcomes: [outcome(answering(7, 'parents-stelling-1', 'ratherAgree'))] },
    ]);
    const first = voice?.statements.find((s) => s.statement.id === 'parents-stelling-1');
    expect(first?.result).toMatchObject({ shown: true, answers: 6, agreeShare: 1 });
    expect(first?.earlier.map((e) => [e.cycle.id, e.result])).toEqual([
      ['c1', expect.objectContaining({ shown: true, answers: 5, agreeShare: 0 })],
      ['c0', expect.objectContaining({ shown: true, answers: 7, agreeShare: 1 })],
    ]);
    expect(first?.earlier[0]?.period).toEqual({ startDate: '2027-01-01', endDate: '2027-01-31' });
    // A statement asked before but answered by nobody is hidden like any result below the threshold.
    const third = voice?.statements.find((s) => s.statement.id === 'parents-stelling-3');
    expect(third?.earlier.map((e) => e.result)).toEqual([{ shown: false }, { shown: false }]);
  });

  it('leaves out earlier bevragingen of another group, even asking an id of the same name', () => {
    const teachersAskingParentsIds = outcome(
      answering(6, 'parents-stelling-1', 'agree'),
      { group: 'teachers', itemIds: ['teachers-stelling-1'] },
      teachers,
    );
    const [voice] = withEarlierResults(now, [{ cycle: lastYear, outcomes: [teachersAskingParentsIds] }]);
    expect(voice?.statements.every((s) => s.earlier.length === 0)).toBe(true);
  });

  it('leaves out an earlier bevraging that is still running: it shows no results', () => {
    const running = outcome(answering(6, 'parents-stelling-1', 'agree'), {}, parents, '2027-01-15');
    const [voice] = withEarlierResults(now, [{ cycle: lastYear, outcomes: [running] }]);
    expect(voice?.statements.every((s) => s.earlier.length === 0)).toBe(true);
  });

  it('keeps an earlier result below the threshold hidden, carrying nothing', () => {
    const [voice] = withEarlierResults(now, [
      { cycle: lastYear, outcomes: [outcome(answering(4, 'parents-stelling-1', 'agree'))] },
    ]);
    expect(voice?.statements[0]?.earlier).toEqual([
      {
        cycle: lastYear,
        period: { startDate: '2027-01-01', endDate: '2027-01-31' },
        threshold: 5,
        result: { shown: false },
      },
    ]);
  });

  it('adds nothing when this cycle is the first', () => {
    expect(withEarlierResults(now, [])[0]?.statements.map((s) => s.earlier)).toEqual(
      now[0]?.statements.map(() => []),
    );
    expect(withEarlierResults([], [{ cycle: thisYear, outcomes: [] }])).toEqual([]);
  });

  it('pairs a running bevraging of this cycle with earlier results, and still shows none of its own', () => {
    const running = voicesOn('R1', [
      outcome(answering(6, 'parents-stelling-1', 'agree'), {}, parents, '2027-01-15'),
    ]);
    const [voice] = withEarlierResults(running, [
      { cycle: lastYear, outcomes: [outcome(answering(5, 'parents-stelling-1', 'agree'))] },
    ]);
    expect(voice?.finished).toBe(false);
    expect(voice?.statements[0]).not.toHaveProperty('result');
    expect(voice?.statements[0]?.earlier[0]?.result).toMatchObject({ shown: true, answers: 5 });
  });
});
