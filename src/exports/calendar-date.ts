/** The months as a Flemish date writes them. */
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * A day as Flemish readers write it (`2 oktober 2026`), the text of `Intl.DateTimeFormat('nl-BE', { dateStyle:
 * 'long' })`. Written out here because the first `Intl` formatter of a page has the browser load the locale's
 * data, 20–50 ms on this machine, in the task that shows the first date.
 */
export function dutchDate(year: number, monthIndex: number, day: number): string {
  return `${day} ${MONTHS[monthIndex] ?? ''} ${year}`;
}

/**
 * A calendar date (`2026-10-02`) as Flemish readers write it (`2 oktober 2026`), the same day in every time
 * zone. Anything that is not such a date, a 30 February too, is returned as it is.
 */
export function formatCalendarDate(calendarDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(calendarDate);
  if (!match) return calendarDate;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return calendarDate;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return calendarDate;
  return dutchDate(year, month - 1, day);
}
