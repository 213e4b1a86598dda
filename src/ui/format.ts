import { once } from '../domain/once';

const bytesFormat = once(() => new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 }));

/** A size the way people read it: `850 kB`, `2,3 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${bytesFormat().format(value)} ${units[unit]}`;
}

const dateTimeFormat = once(
  () => new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short' }),
);

/** A moment as `24 november 2026 om 10:15`. */
export function formatDateTime(timestamp: string): string {
  return dateTimeFormat().format(new Date(timestamp));
}

/** Today on this device's calendar as `2026-11-24` (local time: a due date is overdue from the next local day). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar date (`2026-10-02`) as `2 oktober 2026`: the same wording as in the exported report. */
export { formatCalendarDate as formatDate } from '../exports/calendar-date';
