import { judgedRating, type ReportContext } from './report-context';
import type { SectionHeading, SectionOf } from './section-types';

/**
 * Samenvatting: the webdiagram (one axis per reported expectation) and the table of all judgements. An axis
 * without a level names the answer it has instead ("meer informatie nodig"), so it does not just go blank.
 */
export function summarySection(context: ReportContext, heading: SectionHeading): SectionOf<'summary'> {
  const rows = context.expectations.map((expectation) => ({
    expectation,
    rating: judgedRating(context, expectation.code),
  }));
  return {
    id: 'summary',
    ...heading,
    radar: rows.map(({ expectation, rating }) =>
      rating.level === undefined
        ? { code: expectation.code, level: null, answer: rating.label }
        : { code: expectation.code, level: rating.level },
    ),
    table: rows.map(({ expectation, rating }) => ({
      code: expectation.code,
      statement: expectation.statement,
      rating,
    })),
  };
}
