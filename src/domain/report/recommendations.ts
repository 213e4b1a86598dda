import { actionsLinkedTo, sortActions } from '../action-plan';
import type { Assessment, Rating } from '../assessment';
import type { ExpectationCode } from '../framework/expectation-code';
import type { Recommendation } from '../recommendation';
import { judgementOf, orNotFilledIn, type ReportContext } from './report-context';
import type { RecommendationKind } from './report-input';
import type { SectionHeading, SectionOf } from './section-types';
import { compareCodes } from '../code-order';

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

/** The team's record for an expectation of this cycle: the newest, should two devices each have made one. */
export function teamRecommendation(
  context: ReportContext,
  code: ExpectationCode,
): Recommendation | undefined {
  return [...(context.input.recommendations ?? [])]
    .filter((r) => r.cycleId === context.input.cycle.id && r.expectationCode === code)
    .sort((a, b) => compareCodes(b.updatedAt, a.updatedAt))[0];
}

/** The text shown: the team's own wording when it rewrote it (and did not leave it blank), else the generated one. */
function recommendationText(
  context: ReportContext,
  chosen: Recommendation | undefined,
  kind: RecommendationKind,
  assessment: Assessment,
): string {
  const rewritten = chosen?.text.trim() ?? '';
  return rewritten === '' ? generatedRecommendation(context, kind, assessment) : rewritten;
}

/** More sterke punten or ontwikkelingskansen than this and nothing stands out: the section suggests choosing. */
export const SUGGESTED_RECOMMENDATION_LIMIT = 5;

/**
 * Aanbevelingen: sterke punten, ontwikkelingskansen and tekorten. The level proposes each reported
 * expectation's group; the team's choice, where it made one, decides (`omitted`: not listed). Within a group
 * the team's order comes first, then the rest in reading order. Each item has the titles of this cycle's
 * actions on its expectation or linked to it, soonest due first (a link to an action that is gone is ignored).
 */
export function recommendationsSection(
  context: ReportContext,
  heading: SectionHeading,
): SectionOf<'recommendations'> {
  const { groups, omitted } = chosenRecommendations(context);
  const tooMany = groups.some(
    (group) =>
      (group.kind === 'strengths' || group.kind === 'opportunities') &&
      group.items.length > SUGGESTED_RECOMMENDATION_LIMIT,
  );
  return {
    id: 'recommendations',
    ...heading,
    groups,
    ...(tooMany ? { limitNote: context.vocabulary.labels.recommendationsLimit } : {}),
    omitted,
  };
}

/** The recommendation groups as the team chose and ordered them, and the expectations it chose not to list. */
export function chosenRecommendations(context: ReportContext): {
  groups: RecommendationGroup[];
  omitted: RecommendationGroup['items'];
} {
  const actions = sortActions(context.actions, 'dueDate');
  const placed = context.expectations.flatMap((expectation, position) => {
    const { assessment } = judgementOf(context, expectation.code);
    const proposedKind = assessment && recommendationKind(assessment.rating);
    if (assessment === undefined || proposedKind === undefined) return [];
    const chosen = teamRecommendation(context, expectation.code);
    const kind = chosen?.kind ?? proposedKind;
    const linked = new Set(chosen?.actionIds ?? []);
    const onExpectation = new Set(actionsLinkedTo(actions, expectation.code));
    const item = {
      code: expectation.code,
      statement: expectation.statement,
      text: recommendationText(context, chosen, kind === 'omitted' ? proposedKind : kind, assessment),
      actionTitles: actions
        .filter((action) => onExpectation.has(action) || linked.has(action.id))
        .map((action) => action.title),
      proposedKind,
    };
    return [{ kind, order: chosen?.order ?? Number.POSITIVE_INFINITY, position, item }];
  });
  const inGroup = (kind: RecommendationKind | 'omitted') =>
    placed
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => a.order - b.order || a.position - b.position)
      .map((entry) => entry.item);
  const groups = RECOMMENDATION_KINDS.map((kind): RecommendationGroup => ({
    kind,
    ...context.vocabulary.labels.recommendations[kind],
    items: inGroup(kind),
  }));
  return { groups, omitted: inGroup('omitted') };
}
