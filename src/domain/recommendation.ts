import type * as z from 'zod/mini';
import type { ChosenRecommendationKindSchema, RecommendationSchema } from './recommendation-schema';

/**
 * The groups a team may put a recommendation in: the inspectorate's three, or `omitted` (not listed). The
 * level only proposes one, so nine expectations at level 3 need not all become sterke punten.
 */
export const CHOSEN_RECOMMENDATION_KINDS = ['strengths', 'opportunities', 'shortcomings', 'omitted'] as const;

export type ChosenRecommendationKind = z.output<typeof ChosenRecommendationKindSchema>;

/**
 * The team's own wording of the recommendation for one expectation of a cycle, and where it lists it. Without
 * one, the report derives the text from the judgement (its strengths or points to develop) and the group from
 * the level; this record replaces what the team chose. The choice fields are optional: records written before
 * schema step 13 only rewrote the text.
 */
export type Recommendation = z.output<typeof RecommendationSchema>;
