import { surveyAsSource } from '../../domain/survey/asked-statements';
import { surveyOutcome, type SurveyOutcome } from '../../domain/survey/expectation-voices';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import type { Survey } from '../../domain/survey/survey';
import type { SurveyResponse } from '../../domain/survey/survey-response';

/** A cycle's bevragingen with their answers, as CycleData and the earlier cycles' read give them. */
interface CycleSurveys {
  surveys: readonly Survey[];
  surveyResponses: readonly SurveyResponse[];
}

/** Each bevraging with its group's questionnaire; one whose questionnaire is not in this build is left out. */
function withQuestionnaires(surveys: readonly Survey[], questionnaires: readonly Questionnaire[]) {
  return surveys.flatMap((survey) => {
    const questionnaire = questionnaires.find((candidate) => candidate.group === survey.group);
    return questionnaire ? [{ survey, questionnaire }] : [];
  });
}

/** What may be shown today of each bevraging (in the order given): its count, or once finished its results. */
export function surveyOutcomes(
  { surveys, surveyResponses }: CycleSurveys,
  questionnaires: readonly Questionnaire[],
  today: string,
): SurveyOutcome[] {
  return withQuestionnaires(surveys, questionnaires).map(({ survey, questionnaire }) =>
    surveyOutcome(
      {
        survey,
        questionnaire,
        responses: surveyResponses.filter((response) => response.surveyId === survey.id),
      },
      today,
    ),
  );
}

/** Each bevraging as a source of its cycle (kind, voice, the expectations it informs), with the bevraging. */
export function surveySources(surveys: readonly Survey[], questionnaires: readonly Questionnaire[]) {
  return withQuestionnaires(surveys, questionnaires).map(({ survey, questionnaire }) => ({
    survey,
    ...surveyAsSource(survey, questionnaire),
  }));
}
