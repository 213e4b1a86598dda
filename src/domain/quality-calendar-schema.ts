import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { SchoolYearSchema } from './cycle-schema';
import { ExpectationCodeSchema } from './framework/expectation-code-schema';
import { RecordMetaSchema } from './record-schema';
import { MIN_PLAN_YEARS, MAX_PLAN_YEARS, PLAN_NOTE_MAX_LENGTH, consecutive } from './quality-calendar';

/** One school year of the plan and the expectations the centre evaluates in it. */
export const PlannedYearSchema = lazySchema(() =>
  z.object({
    /** The school year, as cycles write it: `2026-2027`. */
    schoolYear: SchoolYearSchema,
    /** The expectations in focus that year, in reading order, each once. */
    focus: z._default(
      z
        .array(ExpectationCodeSchema)
        .check(
          z.refine((codes) => new Set(codes).size === codes.length, { error: 'elke verwachting één keer' }),
        ),
      [],
    ),
    /** A short note on the year (why this focus, what else happens). */
    note: z._default(z.string().check(z.maxLength(PLAN_NOTE_MAX_LENGTH)), ''),
  }),
);

/**
 * The kwaliteitskalender: which expectations the centre evaluates in which school year, so that over three to
 * six years it looks at all 17 (BL2: systematically and cyclically). One per database.
 */
export const QualityCalendarSchema = lazySchema(() =>
  z.extend(RecordMetaSchema, {
    /** The plan's school years, consecutive, each with its focus. */
    years: z
      .array(PlannedYearSchema)
      .check(
        z.minLength(MIN_PLAN_YEARS),
        z.maxLength(MAX_PLAN_YEARS),
        z.refine(consecutive, { error: 'de schooljaren volgen elkaar op' }),
      ),
  }),
);
