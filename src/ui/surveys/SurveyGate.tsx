import type { ComponentChildren } from 'preact';
import type { Cycle } from '../../domain/cycle';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import type { Survey } from '../../domain/survey/survey';
import { appPaths } from '../cycles/cycle-link';
import { Loading } from '../loading';
import * as strings from '../strings';
import { useSurveyFromAddress } from './use-survey-from-address';

/** What a page of one bevraging works on: the bevraging, its cycle (if still here) and its questionnaire. */
export interface SurveyContext {
  survey: Survey;
  cycle: Cycle | undefined;
  questionnaire: Questionnaire;
}

/**
 * Shows its children for the bevraging the address names, or says why it cannot: still loading, none named,
 * not on this device, or its questionnaire missing.
 */
export function SurveyGate({
  questionnaires,
  children,
}: {
  questionnaires: readonly Questionnaire[];
  children: (context: SurveyContext) => ComponentChildren;
}) {
  const { surveyId, loaded } = useSurveyFromAddress();
  if (surveyId === null || loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const found = loaded.value;
  const questionnaire = found && questionnaires.find((q) => q.group === found.survey.group);
  if (!found || !questionnaire) {
    return (
      <div role="alert" class="notice">
        <p>{surveyId ? strings.surveys.notOnDevice : strings.surveys.noneChosen}</p>
        <p>
          <a href={appPaths.cycles}>{strings.cycles.backToList}</a>
        </p>
      </div>
    );
  }
  return <>{children({ ...found, questionnaire })}</>;
}
