import type * as z from 'zod/mini';
import type { PlannedYearSchema, QualityCalendarSchema } from './quality-calendar-schema';
import { EXPECTATION_CODES, type ExpectationCode } from './framework/expectation-code';
import { nextSchoolYear } from './next-cycle';
import { newRecordMeta } from './record';

/** The fewest and most school years a kwaliteitskalender spans: a plan, not a single year nor a decade. */
export const MIN_PLAN_YEARS = 3;

export const MAX_PLAN_YEARS = 6;

/** The most characters of a year's note: a line, not a text. */
export const PLAN_NOTE_MAX_LENGTH = 500;

/** One school year of the plan and the expectations the centre evaluates in it. */
export type PlannedYear = z.output<typeof PlannedYearSchema>;

/** Whether each year follows the one before it (compared by their first calendar year, as a year may be invalid). */
export function consecutive(years: readonly PlannedYear[]): boolean {
  const start = (year: PlannedYear): number => Number(year.schoolYear.slice(0, 4));
  return years.every((year, index) => index === 0 || start(year) === start(years[0] ?? year) + index);
}

/**
 * The kwaliteitskalender: which expectations the centre evaluates in which school year, so that over three to
 * six years it looks at all 17 (BL2: systematically and cyclically). One per database.
 */
export type QualityCalendar = z.output<typeof QualityCalendarSchema>;

/** The consecutive school years of a plan that starts in `firstYear` and spans `count` years. */
export function planYears(firstYear: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => nextSchoolYear(firstYear, index));
}

/** A plan without focus yet, from `firstYear` over `count` school years. */
export function createQualityCalendar(firstYear: string, count: number, now?: Date): QualityCalendar {
  return {
    ...newRecordMeta(now),
    years: planYears(firstYear, count).map((schoolYear) => ({ schoolYear, focus: [], note: '' })),
  };
}

/**
 * The plan moved to start in `firstYear` over `count` years: a year still in it keeps its focus and note, a new
 * year starts empty, and a year no longer in it is dropped.
 */
export function withPlanYears(calendar: QualityCalendar, firstYear: string, count: number): QualityCalendar {
  const kept = new Map(calendar.years.map((year) => [year.schoolYear, year]));
  return {
    ...calendar,
    years: planYears(firstYear, count).map(
      (schoolYear) => kept.get(schoolYear) ?? { schoolYear, focus: [], note: '' },
    ),
  };
}

/** The plan with `code` in or out of focus in `schoolYear`; focus stays in reading order. */
export function withFocus(
  calendar: QualityCalendar,
  schoolYear: string,
  code: ExpectationCode,
  inFocus: boolean,
): QualityCalendar {
  return {
    ...calendar,
    years: calendar.years.map((year) => {
      if (year.schoolYear !== schoolYear) return year;
      const focus = new Set(year.focus);
      if (inFocus) focus.add(code);
      else focus.delete(code);
      return { ...year, focus: EXPECTATION_CODES.filter((c) => focus.has(c)) };
    }),
  };
}

/** One expectation's place in the plan: the school years it is in focus, none when it was never planned. */
export interface ExpectationCoverage {
  code: ExpectationCode;
  schoolYears: string[];
}

/** Every one of the 17 expectations, in reading order, with the years the plan has it in focus. */
export function coverageOf(calendar: QualityCalendar): ExpectationCoverage[] {
  return EXPECTATION_CODES.map((code) => ({
    code,
    schoolYears: calendar.years.filter((year) => year.focus.includes(code)).map((year) => year.schoolYear),
  }));
}

/** The expectations the plan never has in focus, in reading order. */
export function unplannedCodes(calendar: QualityCalendar): ExpectationCode[] {
  return coverageOf(calendar)
    .filter((coverage) => coverage.schoolYears.length === 0)
    .map((coverage) => coverage.code);
}

/** Where a school year stands in the plan: year `number` of `total`. */
export interface PlanPosition {
  number: number;
  total: number;
}

/** Where `schoolYear` stands in the plan, or undefined when the plan does not cover it. */
export function positionIn(calendar: QualityCalendar, schoolYear: string): PlanPosition | undefined {
  const index = calendar.years.findIndex((year) => year.schoolYear === schoolYear);
  return index < 0 ? undefined : { number: index + 1, total: calendar.years.length };
}

/** The planned year of `schoolYear`, or undefined when the plan does not cover it. */
export function plannedYear(calendar: QualityCalendar, schoolYear: string): PlannedYear | undefined {
  return calendar.years.find((year) => year.schoolYear === schoolYear);
}

/** The expectations planned in focus in `schoolYear`: none when the plan does not cover it or left it empty. */
export function plannedFocus(calendar: QualityCalendar | undefined, schoolYear: string): ExpectationCode[] {
  return calendar ? (plannedYear(calendar, schoolYear)?.focus ?? []) : [];
}
