import { judgementOf, type ReportContext } from './report-context';
import { reportRating } from './report-rating';
import type { SectionHeading, SectionOf } from './section-types';

/** Samenvatting: the webdiagram (one axis per reported expectation) and the table of all judgements. */
export function summarySection(context: ReportContext, heading: SectionHeading): SectionOf<'summary'> {
  const rows = context.expectations.map((expectation) => {
    const { assessment } = judgementOf(context, expectation.code);
    return { expectation, rating: reportRating(context.vocabulary, assessment?.rating ?? 'notRated') };
  });
  return {
    id: 'summary',
    ...heading,
    radar: rows.map(({ expectation, rating }) => ({ code: expectation.code, level: rating.level ?? null })),
    table: rows.map(({ expectation, rating }) => ({
      code: expectation.code,
      statement: expectation.statement,
      rating,
    })),
  };
}
