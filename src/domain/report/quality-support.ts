import type { Expectation } from '../framework/expectation';
import type { ReportContext } from './report-context';
import { reportExpectation } from './report-expectation';
import type { ReportExpectation, ReportRubric } from './report-model';
import type { SectionHeading, SectionOf } from './section-types';

/** The reported ones among a group's expectations, each as the report shows it. */
function reported(context: ReportContext, expectations: readonly Expectation[]): ReportExpectation[] {
  return expectations
    .filter((expectation) => context.codes.includes(expectation.code))
    .map((expectation) => reportExpectation(context, expectation));
}

/**
 * The rubrieken with their deelrubrieken and expectations in reading order, as the outline has them;
 * a rubriek or deelrubriek without a reported expectation is left out.
 */
export function reportRubrics(context: ReportContext): ReportRubric[] {
  return context.vocabulary.framework.outline.flatMap(({ rubric, expectations, subrubrics }) => {
    const direct = reported(context, expectations);
    const groups = subrubrics.flatMap(({ subrubric, expectations: inSubrubric }) => {
      const items = reported(context, inSubrubric);
      if (items.length === 0) return [];
      return [
        {
          id: subrubric.id,
          title: subrubric.title,
          ...(subrubric.statement === undefined ? {} : { statement: subrubric.statement }),
          expectations: items,
        },
      ];
    });
    if (direct.length === 0 && groups.length === 0) return [];
    return [
      {
        id: rubric.id,
        title: rubric.title,
        statement: rubric.statement,
        expectations: direct,
        subrubrics: groups,
      },
    ];
  });
}

/** Biedt het leersteuncentrum kwaliteitsvolle leersteun? — every reported expectation per rubriek. */
export function qualitySupportSection(
  context: ReportContext,
  heading: SectionHeading,
): SectionOf<'qualitySupport'> {
  return { id: 'qualitySupport', ...heading, rubrics: reportRubrics(context) };
}
