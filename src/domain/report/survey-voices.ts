import type { ExpectationCode } from '../framework/expectation-code';
import { voicesOn, type SurveyOutcome } from '../survey/expectation-voices';
import type { ItemResult } from '../survey/item-result';
import type { Questionnaire } from '../survey/questionnaire';
import type { ReportContext } from './report-context';
import type {
  ReportQuestionnaire,
  ReportSurvey,
  ReportSurveyResult,
  ReportSurveyVoice,
} from './report-model';
import type { SectionOf } from './section-types';

/** A bevraging as every part of the report names it: group, period, asked, answered, and whether it is finished. */
function reportSurvey(context: ReportContext, outcome: SurveyOutcome): ReportSurvey {
  const { labels } = context.vocabulary;
  const { survey, responses } = outcome;
  const finished = outcome.results !== undefined;
  return {
    group: labels.respondentGroups[survey.group],
    startDate: survey.startDate,
    endDate: survey.endDate,
    asked: survey.askedCount,
    responses,
    responseRate: responses / survey.askedCount,
    finished,
    status: !finished
      ? labels.surveys.running
      : survey.closedAt === undefined
        ? labels.surveys.finished
        : labels.surveys.closed,
  };
}

/** Section 2: every bevraging of the cycle, finished or still running. */
export function surveysAsked(context: ReportContext): ReportSurvey[] {
  return context.surveys.map(({ outcome }) => reportSurvey(context, outcome));
}

/** A statement's result in the report's words; a hidden one says only that there were too few answers. */
function reportResult(
  context: ReportContext,
  result: ItemResult,
  questionnaire: Questionnaire,
): ReportSurveyResult {
  if (!result.shown) return { shown: false, note: context.vocabulary.labels.surveys.tooFewAnswers };
  const labelOf = new Map(questionnaire.scale.options.map((option) => [option.id, option.label]));
  return {
    shown: true,
    answers: result.answers,
    dontKnow: result.dontKnow,
    ...(result.agreeShare === undefined ? {} : { agreeShare: result.agreeShare }),
    distribution: result.distribution.map(({ optionId, count }) => ({
      label: labelOf.get(optionId) ?? optionId,
      count,
    })),
  };
}

/** Section 3: what the finished bevragingen say about one expectation, statement by statement. */
export function surveyVoicesOn(context: ReportContext, code: ExpectationCode): ReportSurveyVoice[] {
  const finished = context.surveys.filter(({ outcome }) => outcome.results !== undefined);
  return finished.flatMap(({ outcome, questionnaire }) =>
    voicesOn(code, [outcome]).map((voice) => ({
      survey: reportSurvey(context, outcome),
      mark: context.vocabulary.labels.surveys.ownQuestionnaire,
      dontKnowLabel: questionnaire.scale.dontKnow.label,
      statements: voice.statements.flatMap(({ statement, result }) =>
        result === undefined
          ? []
          : [
              {
                id: statement.id,
                statement: statement.statement,
                own: statement.own,
                result: reportResult(context, result, questionnaire),
              },
            ],
      ),
    })),
  );
}

/** The appendices: each bevraging's questionnaire as it was used, finished or not. */
export function questionnairesUsed(context: ReportContext): ReportQuestionnaire[] {
  return context.surveys.map(({ outcome, questionnaire }) => ({
    survey: reportSurvey(context, outcome),
    title: questionnaire.title,
    mark: context.vocabulary.labels.surveys.ownQuestionnaire,
    introduction: outcome.survey.introduction.trim() || questionnaire.introduction,
    statements: outcome.statements.map((statement) => ({
      id: statement.id,
      statement: statement.statement,
      own: statement.own,
      expectationCodes: [...statement.informs],
    })),
    scale: questionnaire.scale.options.map((option) => option.label),
    dontKnowLabel: questionnaire.scale.dontKnow.label,
    openQuestions: questionnaire.openQuestions.map((question) => question.question),
  }));
}

/**
 * The appendices: the open answers of the finished bevragingen, only when the options include them and there
 * are any. summarizeSurvey has already left them out below the threshold, sorted them and masked what the
 * personal-data scan found.
 */
export function openAnswersOf(context: ReportContext): SectionOf<'appendices'>['openAnswers'] {
  if (context.input.options.includeOpenAnswers !== true) return undefined;
  const surveys = context.surveys.flatMap(({ outcome, questionnaire }) => {
    const questions = (outcome.results?.openAnswers ?? []).flatMap(({ questionId, answers }) => {
      const question = questionnaire.openQuestions.find((candidate) => candidate.id === questionId);
      return question && answers.length > 0
        ? [{ question: question.question, answers: answers.map((answer) => answer.text) }]
        : [];
    });
    return questions.length === 0 ? [] : [{ survey: reportSurvey(context, outcome), questions }];
  });
  if (surveys.length === 0) return undefined;
  const { labels } = context.vocabulary;
  return { title: labels.surveys.openAnswersTitle, warning: labels.surveys.openAnswersWarning, surveys };
}
