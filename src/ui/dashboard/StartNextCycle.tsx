import { useState } from 'preact/hooks';
import type { Action } from '../../domain/action';
import type { Cycle } from '../../domain/cycle';
import { isOpenAction } from '../../domain/dashboard';
import { nextSchoolYear, planNextCycle } from '../../domain/next-cycle';
import { createParticipant, type Participant } from '../../domain/participant';
import { createCycleRecords } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { appPaths } from '../cycles/cycle-link';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';

/**
 * Starts next school year's cycle from this one: same scope and mode, the same people (so the team need
 * not be entered again), and the open actions the user ticks.
 */
export function StartNextCycle({
  cycle,
  actions,
  participants,
  selfParticipantId,
}: {
  cycle: Cycle;
  actions: readonly Action[];
  participants: readonly Participant[];
  selfParticipantId: string | undefined;
}) {
  const open = actions.filter(isOpenAction);
  const [carryOver, setCarryOver] = useState<ReadonlySet<string>>(() => new Set(open.map((a) => a.id)));
  const starting = useTask();
  const text = strings.dashboard;

  const start = (): Promise<void> =>
    starting.run(async () => {
      const plan = planNextCycle(cycle, actions, carryOver);
      const copies = participants.map((p) => ({
        from: p.id,
        copy: createParticipant({
          cycleId: plan.cycle.id,
          name: p.name,
          role: p.role,
          anonymous: p.anonymous,
        }),
      }));
      const self = copies.find((c) => c.from === selfParticipantId)?.copy;
      await createCycleRecords(getDatabase(), {
        cycle: plan.cycle,
        participants: copies.map((c) => c.copy),
        actions: plan.actions,
        ...(self ? { self } : {}),
      });
      window.location.assign(appPaths.overview(plan.cycle.id));
      return [];
    });

  return (
    <section aria-labelledby="next-cycle-title" class="dashboard-section">
      <h2 id="next-cycle-title" tabIndex={-1}>
        {text.nextCycleTitle}
      </h2>
      <p>{text.nextCycleIntro(nextSchoolYear(cycle.schoolYear))}</p>
      <fieldset class="field">
        <legend>{text.carryOverLegend}</legend>
        {open.length === 0 && <p>{text.noOpenActionsToCarry}</p>}
        {open.map((action) => (
          <label class="checkbox" key={action.id}>
            <input
              type="checkbox"
              checked={carryOver.has(action.id)}
              onChange={(event) => {
                const next = new Set(carryOver);
                if (event.currentTarget.checked) next.add(action.id);
                else next.delete(action.id);
                setCarryOver(next);
              }}
            />
            {action.title}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => void start()} disabled={starting.state.status === 'busy'}>
        {text.nextCycleButton}
      </button>
      <TaskOutcome state={starting.state} busy={text.nextCycleBusy} />
    </section>
  );
}
