import { agreedCount } from '../../domain/consensus/agreed';
import { cycleKind } from '../../domain/cycle';
import { cycleRatings } from '../../domain/cycle-ratings';
import {
  everyoneHasRated,
  evidenceCoverage,
  levelsByGroup,
  nextStep,
  ratingProgress,
  summarizeActions,
} from '../../domain/dashboard';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { expectationsInScope } from '../../domain/framework/framework-summary';
import type { CycleData } from '../../storage/cycle-store';
import { isClosed } from '../../domain/workflow';
import { ChooseSelf } from '../cycles/ChooseSelf';
import { CycleGate } from '../cycles/CycleGate';
import { todayIso } from '../format';
import * as strings from '../strings';
import { Slice, UntilSlicesShown } from '../slices';
import { surveySources } from '../surveys/voice-sources';
import { ActionsOverview } from './ActionsOverview';
import { DeleteCycle } from './DeleteCycle';
import { ExpectationTable } from './ExpectationTable';
import { LevelsOverview } from './LevelsOverview';
import { loadedQuestionnaires, useQuestionnaires } from '../surveys/use-questionnaires';
import { NextStepCard } from './NextStepCard';
import { PersonalSummary } from './PersonalSummary';
import { PhaseStepper } from './PhaseStepper';
import { MemberContribution } from './MemberContribution';
import { lazyComponent } from '../lazy-module';
import { Loading } from '../loading';

/**
 * Starting next school year's cycle, its code (the carry-over of open actions, the quality calendar's plan, the
 * write of the new cycle) loaded with the overview's last section, once the first screen is shown.
 */
const StartNextCycle = lazyComponent(
  () => import('./StartNextCycle').then((module) => module.StartNextCycle),
  <Loading />,
);
function Dashboard({ framework, data }: { framework: FrameworkSummary; data: CycleData }) {
  const { cycle } = data;
  const loaded = useQuestionnaires(data.surveys.length > 0);
  const questionnaires = loadedQuestionnaires(loaded);
  // A member's cycle is about the contribution: the team's phases and next year are the coordinator's.
  const member = cycleKind(cycle) === 'contribution';
  const ratings = cycleRatings(cycle, data.assessments, data.selfParticipantId);
  const progress = ratingProgress(cycle.scope, ratings);
  const actionSummary = summarizeActions(data.actions, todayIso());
  const agreed = agreedCount(cycle, data.assessments);
  const step = nextStep({
    cycle,
    participantCount: data.participants.length,
    progress,
    everyoneRated: everyoneHasRated(cycle, data.participants, data.assessments),
    agreed,
    actionSummary,
  });
  const firstUnrated = expectationsInScope(framework, cycle.scope).find(
    (e) => (ratings.get(e.code)?.rating ?? 'notRated') === 'notRated',
  )?.code;

  return (
    <div class="dashboard">
      {!data.selfParticipantId && !isClosed(cycle) && <ChooseSelf data={data} />}
      <NextStepCard step={step} cycle={cycle} firstUnrated={firstUnrated} />
      {!member && <PhaseStepper cycle={cycle} />}
      <section aria-labelledby="progress-title" class="dashboard-section">
        <h2 id="progress-title">{strings.dashboard.progressTitle}</h2>
        <p>
          <label for="rating-progress">{strings.dashboard.progress(progress.answered, progress.total)}</label>
          <progress id="rating-progress" max={progress.total} value={progress.answered} />
        </p>
        <p class="muted">
          {strings.dashboard.progressDetail(
            progress.withLevel,
            progress.counts.needsInformation,
            progress.counts.notInFocus,
          )}
        </p>
        {cycle.mode === 'team' && agreed < progress.total && (
          <p class="muted">{strings.dashboard.ownRatingsNote(agreed, progress.total)}</p>
        )}
        {cycle.mode === 'team' && (
          <p>
            <label for="consensus-progress">{strings.consensusProgress(agreed, progress.total)}</label>
            <progress id="consensus-progress" max={progress.total} value={agreed} />
          </p>
        )}
      </section>
      {/* What follows the first screen renders a section per task, so opening a cycle never holds the page. */}
      <Slice now={false}>
        <LevelsOverview
          framework={framework}
          groups={levelsByGroup(framework.outline, cycle.scope, ratings)}
        />
      </Slice>
      {/* Without the questionnaires the bevragingen cannot count as sources: say so rather than count fewer. */}
      {loaded.status === 'error' && (
        <p class="notice" role="alert">
          {strings.voicesPanel.unavailable}
        </p>
      )}
      <Slice now={false}>
        <ExpectationTable
          framework={framework}
          cycleId={cycle.id}
          scope={cycle.scope}
          ratings={ratings}
          coverage={evidenceCoverage(cycle.scope, [
            ...data.evidence,
            ...surveySources(data.surveys, questionnaires),
          ])}
          showVoices={cycle.mode === 'team'}
          actions={data.actions}
        />
      </Slice>
      <Slice now={false}>
        {member && <MemberContribution data={data} />}
        <ActionsOverview cycleId={cycle.id} summary={actionSummary} />
        {cycle.mode === 'individual' && (
          <PersonalSummary framework={framework} scope={cycle.scope} ratings={ratings} />
        )}
        {!member && <StartNextCycle data={data} framework={framework} />}
        <DeleteCycle cycleId={cycle.id} mode={cycle.mode} />
      </Slice>
      <UntilSlicesShown>
        <div class="slices-pending" />
      </UntilSlicesShown>
    </div>
  );
}

/** A cycle's overview: next step, phase, progress, levels per rubriek, evidence, actions. */
export default function CycleDashboard({ framework }: { framework: FrameworkSummary }) {
  return <CycleGate view="overview">{(data) => <Dashboard framework={framework} data={data} />}</CycleGate>;
}
