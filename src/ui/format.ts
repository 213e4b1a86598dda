import { dutchDate } from '../exports/calendar-date';

/**
 * A number as Flemish readers write it, rounded to at most `maximumFractionDigits` decimals: `2,5`, `1.250`. The
 * text of `Intl.NumberFormat('nl-BE')`, written out because a page's first `Intl` formatter loads the locale's
 * data (13 ms in the consensus view's first render on this machine). Rounded as Intl rounds: a half away from
 * zero, in the number's shortest decimal form (1.0005, not the 1.000499… the computer holds).
 */
export function formatDecimal(value: number, maximumFractionDigits = 3): string {
  // Shifting the decimal form's point is exact; a value written with an exponent (below 10⁻⁶) rounds to 0.
  const shifted = Math.round(Number(`${Math.abs(value)}e${maximumFractionDigits}`)) || 0;
  const digits = String(shifted).padStart(maximumFractionDigits + 1, '0');
  const point = digits.length - maximumFractionDigits;
  const grouped = digits.slice(0, point).replace(/\B(?=(\d{3})+$)/g, '.');
  const decimals = digits.slice(point).replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

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
