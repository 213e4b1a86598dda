import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../src/domain/assessment';
import { compareCycles, type ComparedCycle } from '../../../src/domain/comparison';
import type { Cycle } from '../../../src/domain/cycle';
import { cycleRatings } from '../../../src/domain/cycle-ratings';
import type { ExpectationCode } from '../../../src/domain/framework/expectation-code';
import { aCycle, anAssessment } from './factories';

function compared(
  cycleFields: Partial<Cycle>,
  given: Partial<Record<ExpectationCode, Rating>>,
  createdAt = new Date('2026-01-15T09:00:00.000Z'),
): ComparedCycle {
  const cycle = aCycle(cycleFields, createdAt);
  const assessments = Object.entries(given).map(([code, rating]) =>
    anAssessment(cycle, code as ExpectationCode, rating),
  );
  return { cycle, ratings: cycleRatings(cycle, assessments, undefined) };
}

const trendOf = (result: ReturnType<typeof compareCycles>, code: ExpectationCode) =>
  result.trends.find((trend) => trend.code === code);

describe('compareCycles', () => {
  it('orders the cycles by school year, then by when they were made', () => {
    const later = compared({ schoolYear: '2026-2027', title: 'B' }, {});
    const first = compared({ schoolYear: '2024-2025', title: 'A' }, {});
    const secondOfYear = compared(
      { schoolYear: '2025-2026', title: 'D' },
      {},
      new Date('2026-03-01T00:00:00Z'),
    );
    const firstOfYear = compared(
      { schoolYear: '2025-2026', title: 'C' },
      {},
      new Date('2025-10-01T00:00:00Z'),
    );
    const result = compareCycles([later, secondOfYear, first, firstOfYear]);
    expect(result.cycles.map((cycle) => cycle.title)).toEqual(['A', 'C', 'D', 'B']);
  });

  it('shows whether each expectation rose, fell or stayed the same since the previous cycle', () => {
    const result = compareCycles([
      compared({ schoolYear: '2025-2026' }, { R1: 'approaching', R2: 'meets', R3: 'meets' }),
      compared({ schoolYear: '2026-2027' }, { R1: 'meets', R2: 'below', R3: 'meets' }),
    ]);
    expect(trendOf(result, 'R1')).toEqual({
      code: 'R1',
      values: ['approaching', 'meets'],
      change: 'rose',
      compared: { from: 'approaching', to: 'meets' },
    });
    expect(trendOf(result, 'R2')?.change).toBe('fell');
    expect(trendOf(result, 'R3')?.change).toBe('same');
    expect(trendOf(result, 'M1')).toEqual({
      code: 'M1',
      values: ['notRated', 'notRated'],
      change: 'notComparable',
    });
  });

  it('compares with the last cycle that gave a level, skipping states in between', () => {
    const result = compareCycles([
      compared({ schoolYear: '2023-2024' }, { M1: 'below' }),
      compared({ schoolYear: '2024-2025' }, { M1: 'exceeds' }),
      compared({ schoolYear: '2025-2026' }, { M1: 'needsInformation' }),
      compared({ schoolYear: '2026-2027' }, { M1: 'meets' }),
    ]);
    expect(trendOf(result, 'M1')).toEqual({
      code: 'M1',
      values: ['below', 'exceeds', 'needsInformation', 'meets'],
      change: 'fell',
      compared: { from: 'exceeds', to: 'meets' },
    });
  });

  it('marks expectations outside a cycle focus as absent, and leaves out those never in scope', () => {
    const result = compareCycles([
      compared({ schoolYear: '2025-2026', scope: ['M1', 'M2'] }, { M1: 'meets', M2: 'below' }),
      compared({ schoolYear: '2026-2027', scope: ['M2', 'S1'] }, { M2: 'approaching', S1: 'meets' }),
    ]);
    expect(result.trends.map((trend) => trend.code)).toEqual(['M1', 'M2', 'S1']);
    expect(trendOf(result, 'M1')).toEqual({
      code: 'M1',
      values: ['meets', undefined],
      change: 'notComparable',
    });
    expect(trendOf(result, 'M2')?.change).toBe('rose');
    expect(trendOf(result, 'S1')).toEqual({
      code: 'S1',
      values: [undefined, 'meets'],
      change: 'notComparable',
    });
  });

  it('never compares ratings made against different versions of the referentiekader', () => {
    const result = compareCycles([
      compared({ schoolYear: '2025-2026', frameworkVersion: '2023-02' }, { R1: 'below' }),
      compared({ schoolYear: '2026-2027', frameworkVersion: '2027-09' }, { R1: 'meets' }),
    ]);
    expect(trendOf(result, 'R1')?.change).toBe('notComparable');
  });

  it('compares the newest version with its own earlier cycle, passing over an older version', () => {
    const result = compareCycles([
      compared({ schoolYear: '2024-2025', frameworkVersion: '2027-09' }, { R1: 'exceeds' }),
      compared({ schoolYear: '2025-2026', frameworkVersion: '2023-02' }, { R1: 'below' }),
      compared({ schoolYear: '2026-2027', frameworkVersion: '2027-09' }, { R1: 'meets' }),
    ]);
    expect(trendOf(result, 'R1')?.change).toBe('fell');
  });

  it('has nothing to compare with a single cycle or none', () => {
    const single = compareCycles([compared({}, { R1: 'meets' })]);
    expect(trendOf(single, 'R1')?.change).toBe('notComparable');
    expect(compareCycles([])).toEqual({ cycles: [], trends: [] });
  });
});
