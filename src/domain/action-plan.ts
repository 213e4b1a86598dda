import { ACTION_STATUSES, type Action, type ActionStatus, type ProgressEntry } from './action';
import type { ExpectationCode } from './framework/expectation-code';
import { compareDutch } from './dutch-order';
import { compareCodes } from './code-order';

/** What a list of actions can be ordered by. */
export type ActionSortKey = 'title' | 'dueDate' | 'status';

/** The direction of an order; the words match `aria-sort`, so a table header can use them as they are. */
export type SortDirection = 'ascending' | 'descending';

const byTitle = (a: Action, b: Action): number => compareDutch(a.title, b.title);

const byStatus = (a: Action, b: Action): number =>
  ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status);

/** Soonest due first; an action without a due date is the least urgent, so it goes last. */
function byDueDate(a: Action, b: Action): number {
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === undefined) return 1;
  if (b.dueDate === undefined) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

/**
 * The actions in the chosen order, ties broken by due date and then title. Ordered by due date, an action
 * without one goes last in either direction: "no date" is neither earlier nor later than a date, and the
 * dated actions are what a reader compares.
 */
export function sortActions(
  actions: readonly Action[],
  key: ActionSortKey,
  direction: SortDirection = 'ascending',
): Action[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const primary = (a: Action, b: Action): number => {
    if (key === 'title') return sign * byTitle(a, b);
    if (key === 'status') return sign * byStatus(a, b);
    if (a.dueDate === undefined || b.dueDate === undefined) return byDueDate(a, b);
    return sign * byDueDate(a, b);
  };
  return [...actions].sort((a, b) => primary(a, b) || byDueDate(a, b) || byTitle(a, b));
}

/** One column of the board: a status and its actions, soonest due first. */
export interface StatusColumn {
  status: ActionStatus;
  actions: Action[];
}

/** The actions grouped by status, one column per status in the order of the workflow, empty ones included. */
export function actionsByStatus(actions: readonly Action[]): StatusColumn[] {
  const ordered = sortActions(actions, 'dueDate');
  return ACTION_STATUSES.map((status) => ({
    status,
    actions: ordered.filter((action) => action.status === status),
  }));
}

/** The actions that work on an expectation; all of them when no expectation is given. */
export function actionsLinkedTo(actions: readonly Action[], code: ExpectationCode | undefined): Action[] {
  return code ? actions.filter((action) => action.expectationCodes.includes(code)) : [...actions];
}

/** Whether the due date lies before the start date: a plan no one can keep, so it is not stored. */
export function dueBeforeStart(action: Pick<Action, 'startDate' | 'dueDate'>): boolean {
  return action.startDate !== undefined && action.dueDate !== undefined && action.dueDate < action.startDate;
}

/** The progress log oldest first; entries of the same day keep the order in which they were written. */
export function progressOldestFirst(log: readonly ProgressEntry[]): ProgressEntry[] {
  return [...log].sort((a, b) => compareCodes(a.date, b.date));
}
