import type { ExpectationAggregate } from '../aggregation';
import type { Rating } from '../assessment';
import { LEVEL_IDS, RATING_STATE_IDS } from '../framework/scale';
import type { ReportVocabulary } from './report-input';
import type { ReportExpectation } from './report-model';
import { reportRating } from './report-rating';

/** The spread of the individual ratings beside a team's judgement. */
export type ReportSpread = NonNullable<ReportExpectation['spread']>;

/** The answers the spread lists, in its order: the levels highest first, then the states other than "not rated". */
const SPREAD_ORDER: readonly Rating[] = [
  ...[...LEVEL_IDS].reverse(),
  ...RATING_STATE_IDS.filter((state) => state !== 'notRated'),
];

/**
 * The spread of the participants' own ratings of one expectation, as the report words it. A respondent is a
 * participant who gave an answer other than "nog niet beoordeeld"; each answer given is counted, highest
 * level first, then the states; lowest and highest name the extreme levels when any level was given.
 */
export function spreadOf(vocabulary: ReportVocabulary, aggregate: ExpectationAggregate): ReportSpread {
  const counts = SPREAD_ORDER.flatMap((rating) => {
    const count = aggregate.counts[rating];
    return count === 0 ? [] : [{ rating: reportRating(vocabulary, rating), count }];
  });
  const level = (value: number): Rating => LEVEL_IDS[value - 1] ?? 'notRated';
  const { range } = aggregate;
  return {
    respondents: aggregate.answered,
    counts,
    ...(range === undefined
      ? {}
      : {
          lowest: reportRating(vocabulary, level(range.min)),
          highest: reportRating(vocabulary, level(range.max)),
        }),
  };
}
