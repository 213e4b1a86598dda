import { actionsLinkedTo, sortActions } from '../action-plan';
import type { Assessment, Rating } from '../assessment';
import type { ExpectationCode } from '../framework/expectation-code';
import { judgementOf, orNotFilledIn, type ReportContext } from './report-context';
import type { RecommendationKind } from './report-input';
import type { SectionHeading, SectionOf } from './section-types';

type RecommendationGroup = SectionOf<'recommendations'>['groups'][number];

/** The groups in the order the inspectorate lists them. */
export const RECOMMENDATION_KINDS = [
  'strengths',
  'opportunities',
  'shortcomings',
  'needsInformation',
] as const satisfies readonly RecommendationKind[];

/**
 * Which recommendation a judgement leads to: volgens or overstijgt → sterk punt (borgen), benadert →
 * ontwikkelingskans, beneden → tekort, "meer informatie nodig" → listed as such. Other states ("niet in
 * focus", "nog niet beoordeeld") lead to none.
 */
export function recommendationKind(rating: Rating): RecommendationKind | undefined {
  switch (rating) {
    case 'exceeds':
    case 'meets':
      return 'strengths';
    case 'approaching':
      return 'opportunities';
    case 'below':
      return 'shortcomings';
    case 'needsInformation':
      return 'needsInformation';
    default:
      return undefined;
  }
}

/**
 * The generated text: for a strength the judgement's strengths (at level 4 the good practice's description
 * when the strengths are blank); where more information is needed, the justification (what is missing);
 * otherwise its points to develop; "niet ingevuld" when blank.
 */
export function generatedRecommendation(
  context: ReportContext,
  kind: RecommendationKind,
  assessment: Assessment,
): string {
  if (kind === 'needsInformation') return orNotFilledIn(context, assessment.justification);
  if (kind !== 'strengths') return orNotFilledIn(context, assessment.pointsToDevelop);
  const fallback = assessment.rating === 'exceeds' ? assessment.goodPractice?.description : undefined;
  return orNotFilledIn(context, assessment.strengths.trim() === '' ? fallback : assessment.strengths);
}

/** The text shown: the team's own wording when it rewrote it (and did not leave it blank), else the generated one. */
function recommendationText(
  context: ReportContext,
  code: ExpectationCode,
  kind: RecommendationKind,
  assessment: Assessment,
): string {
  const rewritten =
    [...(context.input.recommendations ?? [])]
      .filter((r) => r.cycleId === context.input.cycle.id && r.expectationCode === code)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
      ?.text.trim() ?? '';
  return rewritten === '' ? generatedRecommendation(context, kind, assessment) : rewritten;
}

/**
 * Aanbevelingen: sterke punten, ontwikkelingskansen and tekorten, each with the reported expectations
 * whose judgement leads to it (reading order) and the titles of this cycle's actions on that expectation.
 */
export function recommendationsSection(
  context: ReportContext,
  heading: SectionHeading,
): SectionOf<'recommendations'> {
  const actions = sortActions(context.actions, 'dueDate');
  const groups = RECOMMENDATION_KINDS.map((kind): RecommendationGroup => {
    const items = context.expectations.flatMap((expectation) => {
      const { assessment } = judgementOf(context, expectation.code);
      if (assessment === undefined || recommendationKind(assessment.rating) !== kind) return [];
      return [
        {
          code: expectation.code,
          statement: expectation.statement,
          text: recommendationText(context, expectation.code, kind, assessment),
          actionTitles: actionsLinkedTo(actions, expectation.code).map((action) => action.title),
        },
      ];
    });
    return { kind, ...context.vocabulary.labels.recommendations[kind], items };
  });
  return { id: 'recommendations', ...heading, groups };
}
