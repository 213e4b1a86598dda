import type { Rating } from './assessment';
import type { Cycle } from './cycle';
import type { RatingsByExpectation } from './cycle-ratings';
import { EXPECTATION_CODES, type ExpectationCode } from './framework/expectation-code';
import { levelValue } from './rating';

/** A cycle with the judgements that count in it. */
export interface ComparedCycle {
  cycle: Cycle;
  ratings: RatingsByExpectation;
}

/** How one expectation was rated across cycles. */
export interface ExpectationTrend {
  code: ExpectationCode;
  /** The rating per cycle, in the compared cycles' order; undefined where it was outside the cycle's scope. */
  values: (Rating | undefined)[];
  /** The move between the last two comparable levels. */
  change: 'rose' | 'fell' | 'same' | 'notComparable';
  /** The two levels the change compares, earlier first; absent when not comparable. */
  compared?: { from: Rating; to: Rating };
}

function chronologically(a: ComparedCycle, b: ComparedCycle): number {
  if (a.cycle.schoolYear !== b.cycle.schoolYear) return a.cycle.schoolYear < b.cycle.schoolYear ? -1 : 1;
  if (a.cycle.createdAt !== b.cycle.createdAt) return a.cycle.createdAt < b.cycle.createdAt ? -1 : 1;
  return 0;
}

/**
 * The cycles oldest first (by school year, then creation) and, per expectation in scope of any of them, its
 * ratings over time. The change compares the last two cycles that rated it on a level against the same
 * framework version as the newest of them, so a revised referentiekader never pairs unlike with unlike.
 */
export function compareCycles(cycles: readonly ComparedCycle[]): {
  cycles: Cycle[];
  trends: ExpectationTrend[];
} {
  const ordered = [...cycles].sort(chronologically);
  const trends: ExpectationTrend[] = [];
  for (const code of EXPECTATION_CODES) {
    if (!ordered.some(({ cycle }) => cycle.scope.includes(code))) continue;
    const values = ordered.map(({ cycle, ratings }): Rating | undefined =>
      cycle.scope.includes(code) ? (ratings.get(code)?.rating ?? 'notRated') : undefined,
    );
    const levelled = ordered.flatMap(({ cycle }, index) => {
      const rating = values[index];
      const value = rating === undefined ? undefined : levelValue(rating);
      return value === undefined || rating === undefined
        ? []
        : [{ version: cycle.frameworkVersion, value, rating }];
    });
    const newestVersion = levelled.at(-1)?.version;
    const comparable = levelled.filter(({ version }) => version === newestVersion);
    const before = comparable.at(-2);
    const last = comparable.at(-1);
    if (before && last) {
      const change = last.value > before.value ? 'rose' : last.value < before.value ? 'fell' : 'same';
      trends.push({ code, values, change, compared: { from: before.rating, to: last.rating } });
    } else {
      trends.push({ code, values, change: 'notComparable' });
    }
  }
  return { cycles: ordered.map(({ cycle }) => cycle), trends };
}
