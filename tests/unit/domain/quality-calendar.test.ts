import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  createQualityCalendar,
  plannedFocus,
  positionIn,
  unplannedCodes,
  withFocus,
  withPlanYears,
  type QualityCalendar,
} from '../../../src/domain/quality-calendar';
import { QualityCalendarSchema } from '../../../src/domain/quality-calendar-schema';
import type { ExpectationCode } from '../../../src/domain/framework/expectation-code';

const NOW = new Date('2026-06-15T10:00:00.000Z');

/** A four-year plan from 2026-2027 with the given focus per year. */
function plan(...focus: ExpectationCode[][]): QualityCalendar {
  let calendar = createQualityCalendar('2026-2027', 4, NOW);
  focus.forEach((codes, index) => {
    for (const code of codes) calendar = withFocus(calendar, calendar.years[index]!.schoolYear, code, true);
  });
  return calendar;
}

describe('a kwaliteitskalender', () => {
  it('spans consecutive school years from the first, each without focus yet', () => {
    expect(createQualityCalendar('2026-2027', 4, NOW).years).toEqual([
      { schoolYear: '2026-2027', focus: [], note: '' },
      { schoolYear: '2027-2028', focus: [], note: '' },
      { schoolYear: '2028-2029', focus: [], note: '' },
      { schoolYear: '2029-2030', focus: [], note: '' },
    ]);
  });

  it.each([
    ['two years', ['2026-2027', '2027-2028']],
    ['seven years', Array.from({ length: 7 }, (_, i) => `${2026 + i}-${2027 + i}`)],
    ['a year skipped', ['2026-2027', '2027-2028', '2029-2030']],
    ['a year that is no school year', ['2026-2027', '2027-2028', '2028-2030']],
  ])('refuses %s', (_, schoolYears) => {
    const calendar = {
      ...createQualityCalendar('2026-2027', 3, NOW),
      years: schoolYears.map((schoolYear) => ({ schoolYear })),
    };
    expect(QualityCalendarSchema.safeParse(calendar).success).toBe(false);
  });

  it('refuses a code that is no expectation, or one twice in a year', () => {
    const calendar = createQualityCalendar('2026-2027', 3, NOW);
    const withFocusOf = (focus: string[]) => ({
      ...calendar,
      years: calendar.years.map((year, index) => (index === 0 ? { ...year, focus } : year)),
    });
    expect(QualityCalendarSchema.safeParse(withFocusOf(['R9'])).success).toBe(false);
    expect(QualityCalendarSchema.safeParse(withFocusOf(['R1', 'R1'])).success).toBe(false);
    expect(QualityCalendarSchema.safeParse(withFocusOf(['R1', 'BL2'])).success).toBe(true);
  });

  it('keeps a year’s focus in reading order, whatever order it was ticked in', () => {
    const calendar = plan(['BL2', 'R1', 'M3']);
    expect(calendar.years[0]!.focus).toEqual(['R1', 'M3', 'BL2']);
    expect(withFocus(calendar, '2026-2027', 'M3', false).years[0]!.focus).toEqual(['R1', 'BL2']);
  });

  it('shows for all 17 expectations in which years they are in focus, and which were never planned', () => {
    const calendar = plan(['R1', 'R2'], ['R1', 'V1'], [], ['M1']);
    const coverage = coverageOf(calendar);
    expect(coverage).toHaveLength(17);
    expect(coverage[0]).toEqual({ code: 'R1', schoolYears: ['2026-2027', '2027-2028'] });
    expect(coverage.find((c) => c.code === 'M1')).toEqual({ code: 'M1', schoolYears: ['2029-2030'] });
    expect(unplannedCodes(calendar)).toEqual([
      'R3',
      'M2',
      'M3',
      'M4',
      'S1',
      'S2',
      'S3',
      'S4',
      'BL1',
      'BL2',
      'BL3',
      'BL4',
      'BL5',
    ]);
  });

  it('says where a school year stands in it, and nothing for a year outside it', () => {
    const calendar = plan();
    expect(positionIn(calendar, '2027-2028')).toEqual({ number: 2, total: 4 });
    expect(positionIn(calendar, '2030-2031')).toBeUndefined();
  });

  it('proposes a year’s planned focus, and none for a year it does not cover or without a plan', () => {
    const calendar = plan([], ['S1', 'BL2']);
    expect(plannedFocus(calendar, '2027-2028')).toEqual(['S1', 'BL2']);
    expect(plannedFocus(calendar, '2026-2027')).toEqual([]);
    expect(plannedFocus(calendar, '2025-2026')).toEqual([]);
    expect(plannedFocus(undefined, '2027-2028')).toEqual([]);
  });

  it('keeps the focus of the years that stay when it moves or grows, and starts new years empty', () => {
    const calendar = plan(['R1'], ['R2'], ['R3'], ['V1']);
    const moved = withPlanYears(calendar, '2027-2028', 5);
    expect(moved.years.map((year) => [year.schoolYear, year.focus])).toEqual([
      ['2027-2028', ['R2']],
      ['2028-2029', ['R3']],
      ['2029-2030', ['V1']],
      ['2030-2031', []],
      ['2031-2032', []],
    ]);
    expect(QualityCalendarSchema.safeParse(moved).success).toBe(true);
  });
});
