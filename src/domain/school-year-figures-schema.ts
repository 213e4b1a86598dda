import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { SchoolYearSchema } from './cycle-schema';
import { type SupportType } from './lsc-profile';
import { SupportTypeSchema } from './lsc-profile-schema';
import { CalendarDateSchema, RecordMetaSchema } from './record-schema';
import { MAX_COUNT, REPORT_KINDS, TYPES_PER_REPORT, figuresIdOf } from './school-year-figures';

/** A number of pupils, trajecten or people: a whole number, zero or more. */
export const CountSchema = lazySchema(() =>
  z
    .number()
    .check(
      z.int({ error: 'Vul een geheel getal in.' }),
      z.gte(0, { error: 'Vul 0 of meer in.' }),
      z.lte(MAX_COUNT, { error: 'Dit getal is te groot.' }),
    ),
);

/** Full-time equivalents: zero or more, with at most two decimals (12,75). */
export const FteSchema = lazySchema(() =>
  z.number().check(
    z.gte(0, { error: 'Vul 0 of meer in.' }),
    z.lte(MAX_COUNT, { error: 'Dit getal is te groot.' }),
    z.refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, {
      error: 'Vul hoogstens twee cijfers na de komma in (bv. 12,75).',
    }),
  ),
);

/** Per verslag, the number of pupils per type; a type left out is not filled in. No other key is taken. */
export const PupilCountsSchema = lazySchema(() =>
  z.strictObject({
    gc: z._default(z.partialRecord(SupportTypeSchema, CountSchema), {}),
    iac: z._default(z.partialRecord(SupportTypeSchema, CountSchema), {}),
    ov4: z._default(z.partialRecord(SupportTypeSchema, CountSchema), {}),
  }),
);

/**
 * What a centre reports for one school year: the day its leersteunraad discussed the self-evaluation, its pupils
 * with a GC-, IAC- or OV4-verslag per type, its trajecten and its leerondersteuners. One record per school year,
 * so a later year never overwrites an earlier one. Only counts: no pupil is named.
 */
export const SchoolYearFiguresSchema = lazySchema(() =>
  z
    .extend(RecordMetaSchema, {
      /** The school year the figures are of. */
      schoolYear: SchoolYearSchema,
      /** The day the leersteunraad discussed the self-evaluation. */
      supportCouncilDate: z.optional(CalendarDateSchema),
      /** Pupils with a GC-, IAC- or OV4-verslag, per type. */
      pupils: z._default(PupilCountsSchema, { gc: {}, iac: {}, ov4: {} }),
      /** The number of leersteuntrajecten. */
      trajectories: z.optional(CountSchema),
      /** The number of leerondersteuners (people, not VTE). */
      supportStaff: z.optional(CountSchema),
      /** The leerondersteuners in full-time equivalents (VTE). */
      fte: z.optional(FteSchema),
    })
    .check(
      z.refine((figures) => figures.id === figuresIdOf(figures.schoolYear), {
        error: 'het id hoort bij een ander schooljaar',
        path: ['id'],
      }),
      z.refine(
        (figures) =>
          REPORT_KINDS.every((kind) =>
            Object.keys(figures.pupils[kind]).every((type) =>
              TYPES_PER_REPORT[kind].includes(type as SupportType),
            ),
          ),
        { error: 'een verslag voor een type dat er niet bestaat', path: ['pupils'] },
      ),
    ),
);
