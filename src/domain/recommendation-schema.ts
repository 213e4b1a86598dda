import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { ExpectationCodeSchema } from './framework/expectation-code-schema';
import { FreeTextSchema, RecordIdSchema, RecordMetaSchema } from './record-schema';
import { CHOSEN_RECOMMENDATION_KINDS } from './recommendation';
import type { Recommendation } from './recommendation';
import { newRecordMeta } from './record';

export const ChosenRecommendationKindSchema = lazySchema(() => z.enum(CHOSEN_RECOMMENDATION_KINDS));

/**
 * The team's own wording of the recommendation for one expectation of a cycle, and where it lists it. Without
 * one, the report derives the text from the judgement (its strengths or points to develop) and the group from
 * the level; this record replaces what the team chose. The choice fields are optional: records written before
 * schema step 13 only rewrote the text.
 */
export const RecommendationSchema = lazySchema(() =>
  z.extend(RecordMetaSchema, {
    /** The cycle whose report it belongs to. */
    cycleId: RecordIdSchema,
    /** The expectation it is about. */
    expectationCode: ExpectationCodeSchema,
    /** The recommendation as the team words it; blank means: use the derived text. */
    text: FreeTextSchema,
    /** The group the team chose; absent: the level's proposal. */
    kind: z.optional(ChosenRecommendationKindSchema),
    /** Its place within the chosen group, lowest first; absent: after the ordered ones, in reading order. */
    order: z.optional(z.number()),
    /** The actions of the same cycle the team links to it, beside those on its expectation. */
    actionIds: z.optional(z.array(RecordIdSchema)),
  }),
);

/** A new recommendation text for one expectation of a cycle. */
export function createRecommendation(
  input: Pick<Recommendation, 'cycleId' | 'expectationCode' | 'text'>,
  now?: Date,
): Recommendation {
  return RecommendationSchema.parse({ ...newRecordMeta(now), ...input });
}
