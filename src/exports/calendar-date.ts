import { once } from '../domain/once';

// Made on first use, not when the module loads, so importing an exporter does nothing; and once, not per date.
const calendarDateFormat = once(
  () => new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' }),
);

/**
 * A calendar date (`2026-10-02`) as Flemish readers write it (`2 oktober 2026`), the same day in every time
 * zone. Anything that is not such a date is returned as it is.
 */
export function formatCalendarDate(calendarDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(calendarDate);
  if (!match) return calendarDate;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return calendarDate;
  return calendarDateFormat().format(new Date(Date.UTC(year, month - 1, day)));
}
