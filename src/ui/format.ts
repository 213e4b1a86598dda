import { dutchDate } from '../exports/calendar-date';
import { formatDecimal } from '../domain/dutch-number';

/** A size the way people read it: `850 kB`, `2,3 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatDecimal(value, 1)} ${units[unit]}`;
}

/** A moment as `24 november 2026 om 10:15`, on this device's clock. */
export function formatDateTime(timestamp: string): string {
  const moment = new Date(timestamp);
  const twoDigits = (n: number): string => String(n).padStart(2, '0');
  const day = dutchDate(moment.getFullYear(), moment.getMonth(), moment.getDate());
  return `${day} om ${twoDigits(moment.getHours())}:${twoDigits(moment.getMinutes())}`;
}

/** Today on this device's calendar as `2026-11-24` (local time: a due date is overdue from the next local day). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar date (`2026-10-02`) as `2 oktober 2026`: the same wording as in the exported report. */
export { formatCalendarDate as formatDate } from '../exports/calendar-date';
