import { positionIn } from '../quality-calendar';
import type { ReportInput } from './report-input';
import type { SectionOf } from './section-types';

type CalendarPart = NonNullable<SectionOf<'qualityDevelopment'>['qualityCalendar']>;

/**
 * The kwaliteitskalender as section 2 shows it — every planned year with its focus and note, and where this
 * cycle's school year stands — as evidence of systematic, cyclical self-evaluation (BL2); none without a plan.
 */
export function calendarPart(
  input: Pick<ReportInput, 'qualityCalendar' | 'cycle'>,
): CalendarPart | undefined {
  const calendar = input.qualityCalendar;
  if (!calendar) return undefined;
  const { schoolYear } = input.cycle;
  const position = positionIn(calendar, schoolYear);
  return {
    schoolYear,
    years: calendar.years.map((year) => ({
      schoolYear: year.schoolYear,
      focus: [...year.focus],
      note: year.note,
      thisCycle: year.schoolYear === schoolYear,
    })),
    ...(position ? { position } : {}),
  };
}
