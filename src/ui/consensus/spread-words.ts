import type { ExpectationAggregate } from '../../domain/aggregation';
import * as strings from '../strings';

const text = strings.consensus;

/** The median and spread of an expectation's levels in a few words: "Mediaan 2,5 · Van niveau 1 tot 4 …". */
export function spreadWords(aggregate: ExpectationAggregate): string {
  const { median, range, iqr } = aggregate;
  if (median === undefined || range === undefined || iqr === undefined) return text.noLevels;
  if (aggregate.respondents === 1) return text.oneLevel(median);
  if (range.width === 0) return text.sameLevel(median);
  return [
    text.median(median),
    `${text.levelRange(range.min, range.max)}, ${text.middleHalf(iqr.q1, iqr.q3)}`,
  ].join(' · ');
}
