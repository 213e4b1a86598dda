import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { FRAMEWORK_VERSION } from './framework/expectation-code';
import { ExpectationCodeSchema } from './framework/expectation-code-schema';
import { MemberLinkSchema } from './contribution/terms-schema';
import {
  CalendarDateSchema,
  LabelSchema,
  RecordIdSchema,
  RecordMetaSchema,
  TimestampSchema,
} from './record-schema';
import { CYCLE_STATUSES } from './cycle';
import type { Cycle, CycleInput } from './cycle';
import { EXPECTATION_CODES } from './framework/expectation-code';
import { newRecordMeta } from './record';

export const CycleStatusSchema = lazySchema(() => z.enum(CYCLE_STATUSES));

/** Whether a quality team rates together or one leerondersteuner reflects alone. */
export const CycleModeSchema = lazySchema(() => z.enum(['team', 'individual']));

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

/** A new cycle in preparation; without a scope it covers all 17 expectations. */
export function createCycle(input: CycleInput, now?: Date): Cycle {
  return CycleSchema.parse({ ...newRecordMeta(now), scope: [...EXPECTATION_CODES], ...input });
}
