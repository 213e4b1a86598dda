import { useMemo } from 'preact/hooks';
import { consensusOverview } from '../../domain/consensus/consensus-overview';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import type { CycleData } from '../../storage/cycle-store';
import { appPaths, expectationFromParams } from '../cycles/cycle-link';
import { CycleGate } from '../cycles/CycleGate';
import * as strings from '../strings';
import { ConsensusAgenda } from './ConsensusAgenda';
import { ConsensusItemView } from './ConsensusItemView';

function Consensus({
  framework,
  data,
  questionnaires,
}: {
  framework: FrameworkSummary;
  data: CycleData;
  questionnaires: readonly Questionnaire[];
}) {
  const { cycle } = data;
  // The address is read once: this view only renders in the browser, after the cycle has loaded.
  const code = useMemo(
    () => expectationFromParams(new URLSearchParams(window.location.search), cycle.scope),
    [cycle.id],
  );
  const overview = useMemo(() => consensusOverview(cycle, data.assessments, data.participants), [data]);
  if (cycle.mode !== 'team') {
    return (
      <div class="notice" role="alert">
        <p>{strings.consensus.teamOnly}</p>
        <p>
          <a href={appPaths.overview(cycle.id)}>{strings.consensus.toOverview}</a>
        </p>
      </div>
    );
  }
  return code ? (
    <ConsensusItemView
      framework={framework}
      data={data}
      overview={overview}
      code={code}
      questionnaires={questionnaires}
    />
  ) : (
    <ConsensusAgenda framework={framework} cycleId={cycle.id} overview={overview} />
  );
}

/** The consensus meeting of the team cycle the address names: its bespreekpunten, or one of them. */
export default function ConsensusView({
  framework,
  questionnaires,
}: {
  framework: FrameworkSummary;
  /** The questionnaires of the respondent groups (content), for what the bevragingen say per bespreekpunt. */
  questionnaires: readonly Questionnaire[];
}) {
  return (
    <CycleGate view="consensus">
      {(data) => <Consensus framework={framework} data={data} questionnaires={questionnaires} />}
    </CycleGate>
  );
}
