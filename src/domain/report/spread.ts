import type { Rating } from '../assessment';
import { LEVEL_IDS, RATING_STATE_IDS } from '../framework/scale';
import { levelValue } from '../rating';
import type { OwnAssessment } from './individual-assessments';
import type { ReportContext } from './report-context';
import type { ReportRating } from './report-model';
import { reportRating } from './report-rating';

/** The spread of the individual ratings beside a team's judgement. */
export interface ReportSpread {
  respondents: number;
  counts: { rating: ReportRating; count: number }[];
  lowest?: ReportRating;
  highest?: ReportRating;
}

/** The answers in the order the spread lists them: the levels highest first, then the states. */
const SPREAD_ORDER: readonly Rating[] = [...[...LEVEL_IDS].reverse(), ...RATING_STATE_IDS];

/**
 * How the participants' own ratings of one expectation are spread. A respondent is a participant who gave
 * an answer other than "nog niet beoordeeld"; each answer given is counted, highest level first, then the
 * states; lowest and highest name the extreme levels when any level was given.
 */
export function spreadOf(context: ReportContext, own: readonly OwnAssessment[]): ReportSpread {
  const given = own.map(({ assessment }) => assessment.rating).filter((rating) => rating !== 'notRated');
  const counts = SPREAD_ORDER.flatMap((rating) => {
    const count = given.filter((answer) => answer === rating).length;
    return count === 0 ? [] : [{ rating: reportRating(context.vocabulary, rating), count }];
  });
  const levels = given.filter((rating) => levelValue(rating) !== undefined);
  const byValue = (a: Rating, b: Rating): number => (levelValue(a) ?? 0) - (levelValue(b) ?? 0);
  const sorted = [...levels].sort(byValue);
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  return {
    respondents: given.length,
    counts,
    ...(lowest === undefined ? {} : { lowest: reportRating(context.vocabulary, lowest) }),
    ...(highest === undefined ? {} : { highest: reportRating(context.vocabulary, highest) }),
  };
}
