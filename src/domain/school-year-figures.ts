import type * as z from 'zod/mini';
import type { PupilCountsSchema, SchoolYearFiguresSchema } from './school-year-figures-schema';
import { SUPPORT_TYPES, type SupportType } from './lsc-profile';
import { nextSchoolYear } from './next-cycle';
import { type RecordMeta } from './record';

/** The verslagen that give a pupil access to leersteun: GC-, IAC- and OV4-verslag. */
export const REPORT_KINDS = ['gc', 'iac', 'ov4'] as const;

export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * Which types each verslag exists for. A GC- or IAC-verslag can name every type the centre offers; the decree
 * presentation names OV4-verslagen for types 4, 6 and 7 (financing) and OV4 is buso's opleidingsvorm 4, which
 * is also organised for types 3 and 9 but not for the basisaanbod or type 2.
 */
export const TYPES_PER_REPORT: Record<ReportKind, readonly SupportType[]> = {
  gc: SUPPORT_TYPES,
  iac: SUPPORT_TYPES,
  ov4: ['type-3', 'type-4', 'type-6', 'type-7', 'type-9'],
};

/** The most of anything a centre counts; a larger number is a typing error. */
export const MAX_COUNT = 1_000_000;

/** Per verslag, the number of pupils per type; a type left out is not filled in. No other key is taken. */
export type PupilCounts = z.output<typeof PupilCountsSchema>;

/**
 * The id of a school year's figures, made from the year itself (`2025-2026` → `…-000000002025`). A centre has
 * one set of figures per school year on every device, so two devices' figures for the same year are one record
 * that a merge settles like any other (the newest wins, the difference reported), and different years never
 * meet. It is a valid UUID, so everything that handles ids handles it.
 */
export function figuresIdOf(schoolYear: string): string {
  return `00000000-0000-4000-8000-00000000${schoolYear.slice(0, 4)}`;
}

/**
 * What a centre reports for one school year: the day its leersteunraad discussed the self-evaluation, its pupils
 * with a GC-, IAC- or OV4-verslag per type, its trajecten and its leerondersteuners. One record per school year,
 * so a later year never overwrites an earlier one. Only counts: no pupil is named.
 */
export type SchoolYearFigures = z.output<typeof SchoolYearFiguresSchema>;

/** Empty figures for the school year, ready to be filled in. */
export function createSchoolYearFigures(schoolYear: string, now: Date = new Date()): SchoolYearFigures {
  const timestamp = now.toISOString();
  const meta: RecordMeta = { id: figuresIdOf(schoolYear), createdAt: timestamp, updatedAt: timestamp };
  return { ...meta, schoolYear, pupils: { gc: {}, iac: {}, ov4: {} } };
}

/** The figures of the school year and of the one before it, when there are any. */
export function figuresWithPrevious(
  all: readonly SchoolYearFigures[],
  schoolYear: string,
): { current?: SchoolYearFigures; previous?: SchoolYearFigures } {
  const previousYear = nextSchoolYear(schoolYear, -1);
  const current = all.find((figures) => figures.schoolYear === schoolYear);
  const previous = all.find((figures) => figures.schoolYear === previousYear);
  return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
}
