import { CYCLE_STATUSES, type Cycle, type CycleStatus } from '../../domain/cycle';
import { nextStatus, previousStatus } from '../../domain/workflow';
import { saveUserRecord } from '../data/save';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';

/** The cycle's six phases with the current one marked, and buttons to move one phase on or back. */
export function PhaseStepper({ cycle }: { cycle: Cycle }) {
  const moving = useTask();
  const label = (status: CycleStatus): string => strings.cycles.statuses[status];
  const moveTo = (status: CycleStatus): Promise<void> =>
    moving.run(async () => {
      await saveUserRecord('cycles', { ...cycle, status });
      return [strings.dashboard.phaseChanged(label(status))];
    });
  const next = nextStatus(cycle.status);
  const previous = previousStatus(cycle.status);

  return (
    <section aria-labelledby="phase-title" class="dashboard-section">
      <h2 id="phase-title">{strings.dashboard.phaseTitle}</h2>
      <ol class="phases" aria-label={strings.dashboard.phasesLabel}>
        {CYCLE_STATUSES.map((status) => (
          <li
            key={status}
            class={status === cycle.status ? 'phases__phase phases__phase--current' : 'phases__phase'}
            aria-current={status === cycle.status ? 'step' : undefined}
          >
            {label(status)}
            {status === cycle.status && (
              <span class="visually-hidden"> ({strings.dashboard.currentPhase})</span>
            )}
          </li>
        ))}
      </ol>
      <p class="button-row">
        {previous && (
          <button type="button" onClick={() => void moveTo(previous)}>
            {strings.dashboard.toPreviousPhase(label(previous))}
          </button>
        )}
        {next && (
          <button type="button" class="button-primary" onClick={() => void moveTo(next)}>
            {strings.dashboard.toNextPhase(label(next))}
          </button>
        )}
      </p>
      <TaskOutcome state={moving.state} busy={strings.app.loading} />
    </section>
  );
}
