import { useState } from 'preact/hooks';
import type { CycleMode } from '../../domain/cycle';
import { deleteCycle } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { appPaths } from '../cycles/cycle-link';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';

/** Deletes the cycle with everything in it, once the user has ticked that they understand. */
export function DeleteCycle({ cycleId, mode }: { cycleId: string; mode: CycleMode }) {
  const [confirmed, setConfirmed] = useState(false);
  const deleting = useTask();
  const text = strings.dashboard;
  return (
    <section aria-labelledby="delete-cycle-title" class="danger-zone">
      <h2 id="delete-cycle-title">{text.deleteTitle}</h2>
      <p>{text.deleteExplanation[mode]}</p>
      <label class="checkbox">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
        {text.deleteConfirm}
      </label>
      <button
        type="button"
        class="button-danger"
        disabled={!confirmed || deleting.state.status === 'busy'}
        onClick={() =>
          void deleting.run(async () => {
            await deleteCycle(getDatabase(), cycleId);
            window.location.assign(appPaths.cycles);
            return [];
          })
        }
      >
        {text.deleteButton}
      </button>
      <TaskOutcome state={deleting.state} busy={text.deleteBusy} />
    </section>
  );
}
