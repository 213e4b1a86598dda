import type { Action } from '../../domain/action';
import { isOverdue } from '../../domain/dashboard';
import { carriedOver } from '../../domain/next-cycle';
import { formatDate } from '../format';
import * as strings from '../strings';

/**
 * An action's due date, with "te laat" written next to it when the action is open and the date has passed:
 * the words carry the warning, the styling only adds to it. An action carried over from or to another school
 * year says so ("overgenomen naar 2026-2027") — a carried original is never late here.
 */
export function DueDate({
  action,
  today,
  schoolYear,
}: {
  action: Action;
  today: string;
  schoolYear: string;
}) {
  const overdue = isOverdue(action, today);
  const carried = carriedOver(action, schoolYear);
  return (
    <span class={overdue ? 'due due--overdue' : action.dueDate ? 'due' : 'due due--none'}>
      {action.dueDate ? formatDate(action.dueDate) : strings.actions.noDueDate}
      {overdue && ' '}
      {overdue && <strong class="overdue-badge">{strings.actions.overdue}</strong>}
      {carried && (
        <span class="carried-badge">
          {' '}
          {strings.actions.carriedOver[carried.direction](carried.schoolYear)}
        </span>
      )}
    </span>
  );
}
