import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { EXPECTATION_CODES, ExpectationCodeSchema, FRAMEWORK_VERSION } from './framework/expectation-code';
import { MemberLinkSchema } from './contribution/terms';
import {
  CalendarDateSchema,
  LabelSchema,
  RecordIdSchema,
  RecordMetaSchema,
  TimestampSchema,
  newRecordMeta,
} from './record';

/** A cycle's steps, in order: preparation, survey, consensus, action plan, follow-up, closed. */
export const CYCLE_STATUSES = [
  'preparation',
  'survey',
  'consensus',
  'actionPlan',
  'followUp',
  'closed',
] as const;
export const CycleStatusSchema = lazySchema(() => z.enum(CYCLE_STATUSES));
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
export const CycleModeSchema = lazySchema(() => z.enum(['team', 'individual']));
export type CycleMode = z.output<typeof CycleModeSchema>;

/**
 * What a cycle is to the person using it: a team's self-evaluation, a personal reflection, or a member's
 * contribution to a team's (an individual cycle opened from the team's invitation).
 */
export type CycleKind = 'team' | 'personal' | 'contribution';

/** A school year as Flemish schools write it: `2025-2026`. */
export const SchoolYearSchema = lazySchema(() =>
  z.string().check(
    z.regex(/^(\d{4})-(\d{4})$/),
    z.refine((value) => Number(value.slice(5)) === Number(value.slice(0, 4)) + 1, {
      error: 'het tweede jaar volgt op het eerste (bv. 2025-2026)',
    }),
  ),
);

/** One time a closed cycle was opened again: closing makes a cycle a record, so undoing that is kept. */
export const ReopeningSchema = lazySchema(() =>
  z.object({
    /** When the cycle had been closed. */
    closedAt: TimestampSchema,
    /** When it was opened again. */
    reopenedAt: TimestampSchema,
  }),
);
export type Reopening = z.output<typeof ReopeningSchema>;

/** One zelfevaluatiecyclus: a school year's self-evaluation against the referentiekader. */
export const CycleSchema = lazySchema(() =>
  z
    .extend(RecordMetaSchema, {
      /** Title the team gives it. */
      title: LabelSchema,
      /** The school year it belongs to. */
      schoolYear: SchoolYearSchema,
      /** First day of the period it covers. */
      startDate: z.optional(CalendarDateSchema),
      /** Last day of the period it covers. */
      endDate: z.optional(CalendarDateSchema),
      /** The expectations in scope: all 17 or a focus set, kept in framework order. */
      scope: z.array(ExpectationCodeSchema).check(z.minLength(1)),
      /** Team or individual self-evaluation. */
      mode: CycleModeSchema,
      /** Where the cycle stands. */
      status: z._default(CycleStatusSchema, 'preparation'),
      /** The version of the referentiekader it is rated against, so later revisions never change old judgements. */
      frameworkVersion: z._default(z.string().check(z.minLength(1)), FRAMEWORK_VERSION),
      /** The cycle this one follows up, when it was started from last year's; that cycle's successor is this one. */
      previousCycleId: z.optional(RecordIdSchema),
      /** When the cycle was closed; set while its status is closed, and then its views are read-only. */
      closedAt: z.optional(TimestampSchema),
      /** Each time the closed cycle was opened again, oldest first; absent while it never was. */
      reopenings: z.optional(z.array(ReopeningSchema)),
      /** A team cycle's setting: members may hand in their contribution without their name. Absent means no. */
      anonymousContributions: z.optional(z.boolean()),
      /** A team cycle's setting: the day the coordinator wants the contributions back, kept for her next visit. */
      contributionDeadline: z.optional(CalendarDateSchema),
      /** A member's own cycle, opened from a team cycle's invitation: which team cycle it answers, on what terms. */
      invitation: z.optional(MemberLinkSchema),
    })
    .check(
      z.refine((cycle) => !cycle.startDate || !cycle.endDate || cycle.startDate <= cycle.endDate, {
        error: 'de periode eindigt vóór ze begint',
        path: ['endDate'],
      }),
    ),
);
export type Cycle = z.output<typeof CycleSchema>;
export type CycleInput = Pick<Cycle, 'title' | 'schoolYear' | 'mode'> &
  Partial<Pick<Cycle, 'scope' | 'startDate' | 'endDate' | 'previousCycleId' | 'invitation'>>;

/** What the cycle is to its user: a member's contribution is the individual cycle that answers an invitation. */
export function cycleKind(cycle: Pick<Cycle, 'mode' | 'invitation'>): CycleKind {
  if (cycle.mode === 'team') return 'team';
  return cycle.invitation ? 'contribution' : 'personal';
}

/** A new cycle in preparation; without a scope it covers all 17 expectations. */
export function createCycle(input: CycleInput, now?: Date): Cycle {
  return CycleSchema.parse({ ...newRecordMeta(now), scope: [...EXPECTATION_CODES], ...input });
}

/** The school year a day falls in; Flemish school years start on 1 September. */
export function schoolYearOf(date: Date): string {
  const year = date.getFullYear();
  const start = date.getMonth() >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}
