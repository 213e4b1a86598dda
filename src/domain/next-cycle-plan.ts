import type { Action } from './action';
import { createAction } from './action-schema';
import { createCycle } from './cycle-schema';
import type { Cycle } from './cycle';
import type { Evidence } from './evidence';
import {
  carriableActions,
  nextSchoolYear,
  titleForNextYear,
  type CarryOverChoice,
  type NextCyclePlan,
} from './next-cycle';
import { newRecordMeta } from './record';

// Apart from next-cycle.ts, whose school-year helpers pages use at start: making the records parses them, so
// this loads zod.

/**
 * The cycle that follows up `previous` in the next school year, with the same scope and mode. The chosen open
 * actions (not yet carried over) are copied as new actions that keep their status — uitgesteld stays
 * uitgesteld — with the due date chosen for them; their progress log and evaluation stay with the original,
 * which is marked as carried over. The chosen evidence is copied as it is.
 */
export function planNextCycle(
  previous: Cycle,
  records: { actions: readonly Action[]; evidence: readonly Evidence[] },
  choice: CarryOverChoice,
  now?: Date,
): NextCyclePlan {
  const cycle = createCycle(
    {
      title: titleForNextYear(previous.title, previous.schoolYear),
      schoolYear: nextSchoolYear(previous.schoolYear),
      mode: previous.mode,
      scope: [...(choice.scope ?? previous.scope)],
      previousCycleId: previous.id,
    },
    now,
  );
  const originals = carriableActions(previous, records.actions).filter((a) => choice.actions.has(a.id));
  const pairs = originals.map((action) => {
    const dueDate = choice.actions.get(action.id);
    const copy = createAction(
      {
        cycleId: cycle.id,
        title: action.title,
        expectationCodes: [...action.expectationCodes],
        goal: action.goal,
        successIndicator: action.successIndicator,
        owner: action.owner,
        ...(dueDate === undefined ? {} : { dueDate }),
        status: action.status,
        carriedOverFromId: action.id,
      },
      now,
    );
    return { copy, original: { ...action, carriedOverToId: copy.id } };
  });
  const evidence = records.evidence
    .filter((item) => item.cycleId === previous.id && choice.evidence.has(item.id))
    .map((item) => ({
      ...structuredClone(item),
      ...newRecordMeta(now),
      cycleId: cycle.id,
      carriedOverFromId: item.id,
    }));
  return {
    cycle,
    actions: pairs.map((pair) => pair.copy),
    carriedActions: pairs.map((pair) => pair.original),
    evidence,
  };
}
