import type { ExpectationCode } from '../framework/expectation-code';
import { askedStatements, type AskedStatement } from './asked-statements';
import type { ItemResult } from './item-result';
import type { Questionnaire } from './questionnaire';
import { isSurveyFinished, type Survey } from './survey';
import type { SurveyResponse } from './survey-response';
import { summarizeSurvey, type SurveyResults } from './survey-results';

/** A bevraging with what its results are built from: its group's questionnaire and its answers. */
export interface AnsweredSurvey {
  survey: Survey;
  questionnaire: Questionnaire;
  responses: readonly SurveyResponse[];
}

/**
 * Each bevraging (in the order given) with its group's questionnaire and its own answers; one whose questionnaire
 * is not among `questionnaires` is left out.
 */
export function answeredSurveys(
  surveys: readonly Survey[],
  responses: readonly SurveyResponse[],
  questionnaires: readonly Questionnaire[],
): AnsweredSurvey[] {
  return surveys.flatMap((survey) => {
    const questionnaire = questionnaires.find((candidate) => candidate.group === survey.group);
    if (questionnaire === undefined) return [];
    return [
      { survey, questionnaire, responses: responses.filter((response) => response.surveyId === survey.id) },
    ];
  });
}

/** A bevraging's results as they may be shown, or only how far it is while it still takes answers. */
export interface SurveyOutcome {
  survey: Survey;
  /** The statements it asks, in the order asked. */
  statements: AskedStatement[];
  /** How many answered so far: a count identifies nobody. */
  responses: number;
  /** Present once it takes no more answers (closed, or its period over): the results above the threshold. */
  results?: SurveyResults;
}

/**
 * What may be shown of a bevraging today: while it takes answers, only how many answered; once it is closed or
 * its period is over, the results above the anonymity threshold.
 */
export function surveyOutcome(
  { survey, questionnaire, responses }: AnsweredSurvey,
  today: string,
): SurveyOutcome {
  const statements = askedStatements(survey, questionnaire);
  const outcome = { survey, statements, responses: responses.length };
  if (!isSurveyFinished(survey, today)) return outcome;
  const results = summarizeSurvey({
    survey,
    itemIds: statements.map((statement) => statement.id),
    scale: questionnaire.scale,
    openQuestions: questionnaire.openQuestions,
    responses,
  });
  return { ...outcome, results };
}

/** What one bevraging says about one expectation. */
export interface VoiceOnExpectation {
  survey: Survey;
  responses: number;
  /** Whether it takes no more answers; until then it has no results, only its count. */
  finished: boolean;
  /** The statements that inform the expectation, with their results once it is finished. */
  statements: { statement: AskedStatement; result?: ItemResult }[];
}

/** Per bevraging with a statement informing the expectation, what it says about it, in the order given. */
export function voicesOn(code: ExpectationCode, outcomes: readonly SurveyOutcome[]): VoiceOnExpectation[] {
  return outcomes.flatMap(({ survey, statements, responses, results }) => {
    const informing = statements.filter((statement) => statement.informs.includes(code));
    if (informing.length === 0) return [];
    const resultOf = new Map(results?.items.map((item) => [item.itemId, item.result]));
    return [
      {
        survey,
        responses,
        finished: results !== undefined,
        statements: informing.map((statement) => {
          const result = resultOf.get(statement.id);
          return result ? { statement, result } : { statement };
        }),
      },
    ];
  });
}
