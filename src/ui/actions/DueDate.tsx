import type { Action } from '../../domain/action';
import { isOverdue } from '../../domain/dashboard';
import { formatDate } from '../format';
import * as strings from '../strings';

/**
 * An action's due date, with "te laat" written next to it when the action is open and the date has passed:
 * the words carry the warning, the styling only adds to it.
 */
export function DueDate({ action, today }: { action: Action; today: string }) {
  if (!action.dueDate) return <span class="due due--none">{strings.actions.noDueDate}</span>;
  const overdue = isOverdue(action, today);
  return (
    <span class={overdue ? 'due due--overdue' : 'due'}>
      {formatDate(action.dueDate)}
      {overdue && ' '}
      {overdue && <strong class="overdue-badge">{strings.actions.overdue}</strong>}
    </span>
  );
}
