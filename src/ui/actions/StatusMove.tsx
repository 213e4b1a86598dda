import { useState } from 'preact/hooks';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../domain/action';
import * as strings from '../strings';

/**
 * Moves a card to another status column: choose the status, then press the button. Two steps on purpose —
 * a select that moved the card on every change would move it with each arrow key a keyboard user presses.
 */
export function StatusMove({
  action,
  describedBy,
  onMove,
}: {
  action: Action;
  /** Id of the card's title, so a screen reader says which action the control moves. */
  describedBy: string;
  onMove: (status: ActionStatus) => void;
}) {
  const others = ACTION_STATUSES.filter((status) => status !== action.status);
  const [choice, setChoice] = useState<ActionStatus | undefined>(undefined);
  // Until the user chooses, offer the status that follows the current one in the list (gepland → lopend).
  const following = ACTION_STATUSES[(ACTION_STATUSES.indexOf(action.status) + 1) % ACTION_STATUSES.length];
  const target = (choice && others.includes(choice) ? choice : following) ?? action.status;
  const id = `action-move-${action.id}`;
  return (
    <div class="status-move">
      <label for={id}>{strings.actionBoard.moveTo}</label>
      <select
        id={id}
        value={target}
        aria-describedby={describedBy}
        onChange={(event) => setChoice(event.currentTarget.value as ActionStatus)}
      >
        {others.map((status) => (
          <option key={status} value={status}>
            {strings.actions.statuses[status]}
          </option>
        ))}
      </select>
      <button type="button" aria-describedby={describedBy} onClick={() => onMove(target)}>
        {strings.actionBoard.move}
      </button>
    </div>
  );
}
