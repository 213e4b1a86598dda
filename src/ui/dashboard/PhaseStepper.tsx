import { useState } from 'preact/hooks';
import type { Cycle, CycleStatus } from '../../domain/cycle';
import {
  isClosed,
  moveCycleTo,
  nextStatus,
  phaseOf,
  phasesOf,
  previousStatus,
  reopenCycle,
} from '../../domain/workflow';
import { phaseLabel } from '../cycles/cycle-label';
import { saveUserRecord } from '../data/save';
import { formatDateTime } from '../format';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';

/** Opens a closed cycle again, only after the user ticks that they mean it; the reopening is kept with it. */
function Reopen({ cycle, task }: { cycle: Cycle; task: ReturnType<typeof useTask> }) {
  const [sure, setSure] = useState(false);
  const text = strings.closedCycle;
  return (
    <div class="reopen">
      <h3 id="reopen-title" tabIndex={-1}>
        {text.reopenTitle}
      </h3>
      <p>{text.reopenExplanation}</p>
      <label class="checkbox">
        <input type="checkbox" checked={sure} onChange={(event) => setSure(event.currentTarget.checked)} />
        {text.reopenConfirm}
      </label>
      <p>
        <button
          type="button"
          disabled={!sure}
          onClick={() =>
            void task.run(async () => {
              await saveUserRecord('cycles', reopenCycle(cycle));
              return [text.reopened];
            })
          }
        >
          {text.reopenButton}
        </button>
      </p>
    </div>
  );
}

/**
 * The cycle's phases (a team's six, a personal reflection's four) with the current one marked, and buttons to move one phase on or back. Closing dates
 * the cycle; a closed cycle is reopened only deliberately, and its earlier reopenings are listed.
 */
export function PhaseStepper({ cycle }: { cycle: Cycle }) {
  const moving = useTask();
  const label = (status: CycleStatus): string => phaseLabel(cycle, status);
  const phases = phasesOf(cycle);
  const current = phaseOf(cycle.status, phases);
  const moveTo = (status: CycleStatus): Promise<void> =>
    moving.run(async () => {
      await saveUserRecord('cycles', moveCycleTo(cycle, status));
      return [strings.dashboard.phaseChanged(label(status))];
    });
  const next = nextStatus(cycle.status, phases);
  const previous = previousStatus(cycle.status, phases);

  return (
    <section aria-labelledby="phase-title" class="dashboard-section">
      <h2 id="phase-title">{strings.dashboard.phaseTitle}</h2>
      <ol class="phases" aria-label={strings.dashboard.phasesLabel}>
        {phases.map((status) => (
          <li
            key={status}
            class={status === current ? 'phases__phase phases__phase--current' : 'phases__phase'}
            aria-current={status === current ? 'step' : undefined}
          >
            {label(status)}
            {status === current && <span class="visually-hidden"> ({strings.dashboard.currentPhase})</span>}
          </li>
        ))}
      </ol>
      {isClosed(cycle) ? (
        <Reopen cycle={cycle} task={moving} />
      ) : (
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
      )}
      {cycle.reopenings && (
        <>
          <h3>{strings.closedCycle.reopeningsTitle}</h3>
          <ul>
            {cycle.reopenings.map((reopening) => (
              <li key={reopening.reopenedAt}>
                {strings.closedCycle.reopening(
                  formatDateTime(reopening.closedAt),
                  formatDateTime(reopening.reopenedAt),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <TaskOutcome state={moving.state} busy={strings.app.loading} />
    </section>
  );
}
