import { createAction, type Action } from './action';
import { createCycle, type Cycle } from './cycle';
import { isOpenAction } from './dashboard';

function schoolYearStart(schoolYear: string): number {
  const match = /^(\d{4})-\d{4}$/.exec(schoolYear);
  if (!match) throw new Error(`"${schoolYear}" is not a school year such as 2025-2026`);
  return Number(match[1]);
}

/** The school year after this one: `2025-2026` → `2026-2027`. */
export function nextSchoolYear(schoolYear: string): string {
  const start = schoolYearStart(schoolYear) + 1;
  return `${start}-${start + 1}`;
}

/** The title with the old school year replaced by the new one, however the user separated the years. */
function titleForNextYear(title: string, schoolYear: string): string {
  const start = schoolYearStart(schoolYear);
  return title.replace(
    new RegExp(`(?<!\\d)${start}(\\s*[-–/]\\s*)${start + 1}(?!\\d)`, 'g'),
    `${start + 1}$1${start + 2}`,
  );
}

/**
 * The cycle that follows up `previous` in the next school year, with the same scope and mode, and the
 * previous cycle's open actions the user chose to carry over, copied as new actions of the new cycle.
 * A postponed action is picked up again, so it comes back as planned; its progress log and evaluation stay
 * with the old action, which keeps its own history.
 */
export function planNextCycle(
  previous: Cycle,
  actions: readonly Action[],
  carryOver: ReadonlySet<string>,
  now?: Date,
): { cycle: Cycle; actions: Action[] } {
  const cycle = createCycle(
    {
      title: titleForNextYear(previous.title, previous.schoolYear),
      schoolYear: nextSchoolYear(previous.schoolYear),
      mode: previous.mode,
      scope: [...previous.scope],
      previousCycleId: previous.id,
    },
    now,
  );
  const carried = actions
    .filter((action) => action.cycleId === previous.id && isOpenAction(action) && carryOver.has(action.id))
    .map((action) =>
      createAction(
        {
          cycleId: cycle.id,
          title: action.title,
          expectationCodes: [...action.expectationCodes],
          goal: action.goal,
          successIndicator: action.successIndicator,
          owner: action.owner,
          ...(action.dueDate === undefined ? {} : { dueDate: action.dueDate }),
          status: action.status === 'postponed' ? 'planned' : action.status,
          carriedOverFromId: action.id,
        },
        now,
      ),
    );
  return { cycle, actions: carried };
}
