import { judgedRating, type ReportContext } from './report-context';
import type { SectionHeading, SectionOf } from './section-types';

/**
 * Samenvatting: the webdiagram (one axis per reported expectation) and the table of all judgements. An axis
 * judged without a level names the answer instead ("meer informatie nodig"), so it does not just go blank;
 * one nobody judged stays blank, as the table beside it says.
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
      rating.level === undefined && rating.id !== 'notRated'
        ? { code: expectation.code, level: null, answer: rating.label }
        : { code: expectation.code, level: rating.level ?? null },
    ),
    table: rows.map(({ expectation, rating }) => ({
      code: expectation.code,
      statement: expectation.statement,
      rating,
    })),
  };
}
