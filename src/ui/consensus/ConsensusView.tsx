import { useMemo } from 'preact/hooks';
import { consensusOverview } from '../../domain/consensus/consensus-overview';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import type { CycleData } from '../../storage/cycle-store';
import { appPaths, expectationFromParams } from '../cycles/cycle-link';
import { CycleGate } from '../cycles/CycleGate';
import * as strings from '../strings';
import { useQuestionnaires } from '../surveys/use-questionnaires';
import { ConsensusAgenda } from './ConsensusAgenda';
import { lazyComponent } from '../lazy-module';
import { Loading } from '../loading';

/**
 * One bespreekpunt with its ratings, the voices and the team's agreement: its code (the rating form's editor
 * among it) loaded when the address names an expectation, so the agenda, where a meeting starts, does without.
 */
const ConsensusItemView = lazyComponent(
  () => import('./ConsensusItemView').then((module) => module.ConsensusItemView),
  <Loading />,
);

function Consensus({ framework, data }: { framework: FrameworkSummary; data: CycleData }) {
  const { cycle } = data;
  const questionnaires = useQuestionnaires(data.surveys.length > 0);
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
export default function ConsensusView({ framework }: { framework: FrameworkSummary }) {
  return <CycleGate view="consensus">{(data) => <Consensus framework={framework} data={data} />}</CycleGate>;
}
