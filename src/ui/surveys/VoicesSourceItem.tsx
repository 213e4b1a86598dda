import type { Survey } from '../../domain/survey/survey';
import type { Voice } from '../../domain/evidence-vocabulary';
import { appPaths } from '../cycles/cycle-link';
import { SourceKind } from '../evidence/SourceKind';
import * as strings from '../strings';

/**
 * A bevraging in a list of sources: its title linking to the bevragingen, where it is managed, since it is not
 * edited as evidence is.
 */
export function VoicesSourceItem({
  cycleId,
  survey,
  voices,
}: {
  cycleId: string;
  survey: Survey;
  voices: readonly Voice[];
}) {
  return (
    <>
      <a href={appPaths.surveys(cycleId)}>
        {strings.voicesPanel.surveyTitle(survey.group, survey.startDate, survey.endDate)}
      </a>{' '}
      <SourceKind kind="survey" voices={[...voices]} />
    </>
  );
}
