import type { SectionOf } from '../domain/report/section-types';
import { exportLabels } from './labels';

type CalendarPart = NonNullable<SectionOf<'qualityDevelopment'>['qualityCalendar']>;
const labels = exportLabels.qualityCalendar;

/** The kwaliteitskalender's columns in the report, on screen and in Word. */
export const CALENDAR_COLUMNS = [labels.yearColumn, labels.focusColumn, labels.noteColumn] as const;

/** Where this cycle stands in the plan, as one sentence. */
export function calendarPosition(part: CalendarPart): string {
  return part.position
    ? labels.position(part.schoolYear, part.position.number, part.position.total)
    : labels.outside(part.schoolYear);
}

/** One row per planned school year: the year (this cycle's marked), its focus as codes, its note. */
export function calendarRows(part: CalendarPart): [string, string, string][] {
  return part.years.map((year) => [
    year.thisCycle ? labels.thisCycle(year.schoolYear) : year.schoolYear,
    year.focus.length ? year.focus.join(', ') : labels.noFocus,
    year.note,
  ]);
}
