/**
 * Order statistics of level values (1–4) for the aggregation of a team's individual ratings.
 *
 * Quartiles follow **Tukey's hinges** (the "median of halves"): sort the values, split them into a lower and an
 * upper half, and take the median of each half. With an odd number of values the median belongs to both
 * halves. So `[1, 2, 3, 4]` gives q1 = 1.5 and q3 = 3.5, and `[1, 2, 3, 4, 4]` gives q1 = 2 and q3 = 4.
 * On a four-level scale this keeps every statistic on a whole or half level, which a team can read off the
 * scale, and it always holds that min ≤ q1 ≤ median ≤ q3 ≤ max.
 */

/** Lowest and highest level given, and the distance between them. */
export interface LevelRange {
  min: number;
  max: number;
  /** max − min. */
  width: number;
}

/** The first and third quartile (Tukey's hinges), and the interquartile range between them. */
export interface InterquartileRange {
  q1: number;
  q3: number;
  /** q3 − q1. */
  width: number;
}

/** The median of values sorted ascending; the mean of the two middle values when their number is even. */
export function medianOfSorted(sorted: readonly number[]): number | undefined {
  const count = sorted.length;
  if (count === 0) return undefined;
  const middle = Math.floor(count / 2);
  const upper = sorted[middle] as number;
  return count % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** The range of values sorted ascending; undefined when there are none. */
export function rangeOfSorted(sorted: readonly number[]): LevelRange | undefined {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return undefined;
  return { min, max, width: max - min };
}

/**
 * Tukey's hinges of values sorted ascending: the medians of the lower and upper half, the median itself
 * counted in both halves when the number of values is odd. Undefined when there are no values; one value
 * is its own q1 and q3.
 */
export function hingesOfSorted(sorted: readonly number[]): InterquartileRange | undefined {
  const count = sorted.length;
  if (count === 0) return undefined;
  const half = Math.ceil(count / 2);
  const q1 = medianOfSorted(sorted.slice(0, half)) as number;
  const q3 = medianOfSorted(sorted.slice(count - half)) as number;
  return { q1, q3, width: q3 - q1 };
}
