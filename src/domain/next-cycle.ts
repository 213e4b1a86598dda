import { type Action } from './action';
import { type Cycle } from './cycle';
import { isOpenAction, isOverdue } from './dashboard';
import type { ExpectationCode } from './framework/expectation-code';
import type { Evidence } from './evidence';

function schoolYearStart(schoolYear: string): number {
  const match = /^(\d{4})-\d{4}$/.exec(schoolYear);
  if (!match) throw new Error(`"${schoolYear}" is not a school year such as 2025-2026`);
  return Number(match[1]);
}

/** The school year `years` on from this one: `2025-2026` → `2026-2027` (or back, with a negative number). */
export function nextSchoolYear(schoolYear: string, years = 1): string {
  const start = schoolYearStart(schoolYear) + years;
  return `${start}-${start + 1}`;
}

/** The title with the old school year replaced by the new one, however the user separated the years. */
export function titleForNextYear(title: string, schoolYear: string): string {
  const start = schoolYearStart(schoolYear);
  return title.replace(
    new RegExp(`(?<!\\d)${start}(\\s*[-–/]\\s*)${start + 1}(?!\\d)`, 'g'),
    `${start + 1}$1${start + 2}`,
  );
}

/** The cycle's actions that can still go to next year: open, and not carried over already. */
export function carriableActions(cycle: Cycle, actions: readonly Action[]): Action[] {
  return actions.filter((action) => action.cycleId === cycle.id && isOpenAction(action));
}

/** Whether a carried-over action needs a new due date the user confirms: its old one has passed. */
export function needsNewDueDate(action: Action, today: string): boolean {
  return isOverdue(action, today);
}

/**
 * The same day and month within a school year (September to August), as the due date to propose for an action
 * carried into that year's cycle; 29 February becomes 28 February in a year without it.
 */
export function dueDateInSchoolYear(dueDate: string, schoolYear: string): string {
  const [, month = 1, day = 1] = dueDate.split('-').map(Number);
  const year = schoolYearStart(schoolYear) + (month >= 9 ? 0 : 1);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(day, last))}`;
}

/** Where an action was carried from or to, named by school year: "overgenomen uit / naar 2025-2026". */
export interface CarriedOver {
  direction: 'from' | 'to';
  schoolYear: string;
}

/**
 * Whether an action of a cycle in `schoolYear` came from last year's cycle or went on to next year's.
 * A cycle's successor is always the next school year, so the year follows from the cycle's own.
 */
export function carriedOver(action: Action, schoolYear: string): CarriedOver | undefined {
  if (action.carriedOverToId !== undefined)
    return { direction: 'to', schoolYear: nextSchoolYear(schoolYear) };
  if (action.carriedOverFromId !== undefined) {
    return { direction: 'from', schoolYear: nextSchoolYear(schoolYear, -1) };
  }
  return undefined;
}

/** What the user chose to take along into next year's cycle. */
export interface CarryOverChoice {
  /** Per open action to carry over, the due date it gets in the new cycle (undefined: none). */
  actions: ReadonlyMap<string, string | undefined>;
  /** Evidence the team keeps (a vision text, a yearly figure): copied into the new cycle's library. */
  evidence: ReadonlySet<string>;
  /** The expectations next year's cycle covers, when not the same as this one's (the kwaliteitskalender's). */
  scope?: readonly ExpectationCode[];
}

/** Next year's cycle, with the copies it starts with and the originals marked as carried over. */
export interface NextCyclePlan {
  cycle: Cycle;
  /** Copies of the chosen actions, each pointing back to its original. */
  actions: Action[];
  /** The originals, each pointing on to its copy. */
  carriedActions: Action[];
  /** Copies of the evidence kept, each pointing back to its original. */
  evidence: Evidence[];
}
