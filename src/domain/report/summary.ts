import { previousLevel, reportEvolution } from './evolution';
import { judgedRating, type ReportContext } from './report-context';
import type { SectionHeading, SectionOf } from './section-types';

/**
 * Samenvatting: the webdiagram (one axis per reported expectation) and the table of all judgements. An axis
 * judged without a level names the answer instead ("meer informatie nodig"), so it does not just go blank;
 * one nobody judged stays blank, as the table beside it says. With a comparable previous cycle rated against
 * the same referentiekader, the webdiagram has its levels as a second series, and the table has its judgement
 * and the change per expectation.
 */
export function summarySection(context: ReportContext, heading: SectionHeading): SectionOf<'summary'> {
  const { evolution, vocabulary } = context;
  const rows = context.expectations.map((expectation) => ({
    expectation,
    rating: judgedRating(context, expectation.code),
    change: reportEvolution(evolution, vocabulary, expectation.code),
  }));
  const series = evolution?.sameFramework ? evolution : undefined;
  return {
    id: 'summary',
    ...heading,
    radar: rows.map(({ expectation, rating }) => ({
      code: expectation.code,
      ...(rating.level === undefined && rating.id !== 'notRated'
        ? { level: null, answer: rating.label }
        : { level: rating.level ?? null }),
      ...(series === undefined ? {} : { previousLevel: previousLevel(series, expectation.code) }),
    })),
    ...(series === undefined
      ? {}
      : {
          comparedYears: {
            current: context.input.cycle.schoolYear,
            previous: series.previous.cycle.schoolYear,
          },
        }),
    table: rows.map(({ expectation, rating, change }) => ({
      code: expectation.code,
      statement: expectation.statement,
      rating,
      ...(change === undefined ? {} : { evolution: change }),
    })),
  };
}
