import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../../src/exports/calendar-date';
import { formatDecimal } from '../../../src/domain/dutch-number';
import { formatBytes, formatDateTime } from '../../../src/ui/format';

describe('Flemish dates and numbers, written without the browser’s locale data', () => {
  it('writes every day of four years as Intl writes it in nl-BE', () => {
    const intl = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' });
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(formatCalendarDate(iso)).toBe(intl.format(new Date(day)));
    }
  });

  it('returns what is not a calendar date as it is, a 30 February too', () => {
    expect(formatCalendarDate('2026-02-30')).toBe('2026-02-30');
    expect(formatCalendarDate('2026-13-01')).toBe('2026-13-01');
    expect(formatCalendarDate('volgend jaar')).toBe('volgend jaar');
  });

  it('writes a moment on this device’s clock as Intl writes it, with "om" before the time', () => {
    const intl = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short' });
    for (const moment of ['2026-01-05T09:05:00.000Z', '2026-11-24T22:15:59.000Z', '2027-07-31T23:59:00.000Z'])
      expect(formatDateTime(moment)).toBe(intl.format(new Date(moment)));
  });

  it('writes numbers as Intl writes them in nl-BE: decimal comma, thousands with a point, halves away from zero', () => {
    const values = [
      0, 1, 2.5, 2.25, 1.0005, 1.35, 3.14159, 0.0004, 0.0005, 1e-7, 999.9995, 1000, 12345.678, 1_234_567.891,
    ];
    for (const digits of [0, 1, 2, 3])
      for (const value of [...values, ...values.map((v) => -v).filter((v) => v !== 0)]) {
        const intl = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: digits }).format(value);
        expect(formatDecimal(value, digits), `${value} to ${digits} decimals`).toBe(intl);
      }
    let seed = 7;
    for (let draw = 0; draw < 3000; draw++) {
      seed = (seed * 48_271) % 2_147_483_647;
      const value = (seed % 20_000_000) / 10 ** (seed % 7) - 1000;
      const digits = seed % 4;
      const intl = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: digits }).format(value);
      expect(formatDecimal(value, digits), `${value} to ${digits} decimals`).toBe(intl);
    }
  });

  it('writes sizes with one decimal at most', () => {
    expect(formatBytes(850)).toBe('850 bytes');
    expect(formatBytes(2_345_678)).toBe('2,3 MB');
    expect(formatBytes(1_000_000)).toBe('1 MB');
  });
});
