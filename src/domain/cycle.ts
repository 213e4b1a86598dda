import type * as z from 'zod/mini';
import { compareCodes } from './code-order';
import type { CycleStatusSchema, CycleModeSchema, ReopeningSchema, CycleSchema } from './cycle-schema';

/** A cycle's steps, in order: preparation, survey, consensus, action plan, follow-up, closed. */
export const CYCLE_STATUSES = [
  'preparation',
  'survey',
  'consensus',
  'actionPlan',
  'followUp',
  'closed',
] as const;

export type CycleStatus = z.output<typeof CycleStatusSchema>;

/**
 * A personal reflection's own, shorter way (reflectie → acties → opvolging → afgesloten): one person has no
 * survey of colleagues and no consensus to reach. The same stored statuses, so no stored cycle changes.
 */
export const PERSONAL_STATUSES = [
  'preparation',
  'actionPlan',
  'followUp',
  'closed',
] as const satisfies readonly CycleStatus[];

export type PersonalStatus = (typeof PERSONAL_STATUSES)[number];

/** Whether a quality team rates together or one leerondersteuner reflects alone. */
export type CycleMode = z.output<typeof CycleModeSchema>;

/**
 * What a cycle is to the person using it: a team's self-evaluation, a personal reflection, or a member's
 * contribution to a team's (an individual cycle opened from the team's invitation).
 */
export type CycleKind = 'team' | 'personal' | 'contribution';

/** One time a closed cycle was opened again: closing makes a cycle a record, so undoing that is kept. */
export type Reopening = z.output<typeof ReopeningSchema>;

/** One zelfevaluatiecyclus: a school year's self-evaluation against the referentiekader. */
export type Cycle = z.output<typeof CycleSchema>;

export type CycleInput = Pick<Cycle, 'title' | 'schoolYear' | 'mode'> &
  Partial<Pick<Cycle, 'scope' | 'startDate' | 'endDate' | 'previousCycleId' | 'invitation'>>;

/** What the cycle is to its user: a member's contribution is the individual cycle that answers an invitation. */
export function cycleKind(cycle: Pick<Cycle, 'mode' | 'invitation'>): CycleKind {
  if (cycle.mode === 'team') return 'team';
  return cycle.invitation ? 'contribution' : 'personal';
}

/** The school year a day falls in; Flemish school years start on 1 September. */
export function schoolYearOf(date: Date): string {
  const year = date.getFullYear();
  const start = date.getMonth() >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/**
 * The cycle that follows this one up, if one was started from it: the first made, should there be more.
 * Derived from the successors' `previousCycleId`, so older databases know their successor too.
 */
export function successorOf(cycle: Pick<Cycle, 'id'>, cycles: readonly Cycle[]): Cycle | undefined {
  return cycles
    .filter((candidate) => candidate.previousCycleId === cycle.id)
    .sort((a, b) => compareCodes(a.createdAt, b.createdAt))[0];
}
