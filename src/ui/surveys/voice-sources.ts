import { surveyAsSource } from '../../domain/survey/asked-statements';
import { answeredSurveys, surveyOutcome, type SurveyOutcome } from '../../domain/survey/expectation-voices';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import type { Survey } from '../../domain/survey/survey';
import type { SurveyResponse } from '../../domain/survey/survey-response';

/** A cycle's bevragingen with their answers, as CycleData and the earlier cycles' read give them. */
interface CycleSurveys {
  surveys: readonly Survey[];
  surveyResponses: readonly SurveyResponse[];
}

/** What may be shown today of each bevraging (in the order given): its count, or once finished its results. */
export function surveyOutcomes(
  { surveys, surveyResponses }: CycleSurveys,
  questionnaires: readonly Questionnaire[],
  today: string,
): SurveyOutcome[] {
  return answeredSurveys(surveys, surveyResponses, questionnaires).map((answered) =>
    surveyOutcome(answered, today),
  );
}

/** Each bevraging as a source of its cycle (kind, voice, the expectations it informs), with the bevraging. */
export function surveySources(surveys: readonly Survey[], questionnaires: readonly Questionnaire[]) {
  return answeredSurveys(surveys, [], questionnaires).map(({ survey, questionnaire }) => ({
    survey,
    ...surveyAsSource(survey, questionnaire),
  }));
}
