import * as z from 'zod/mini';
import { ExpectationCodeSchema } from './framework/expectation-code';
import { FreeTextSchema, RecordIdSchema, RecordMetaSchema, newRecordMeta } from './record';

/**
 * The team's own wording of the recommendation for one expectation of a cycle. Without one, the report
 * derives the text from the judgement (its strengths or points to develop); this record replaces that text.
 */
export const RecommendationSchema = z.extend(RecordMetaSchema, {
  /** The cycle whose report it belongs to. */
  cycleId: RecordIdSchema,
  /** The expectation it is about. */
  expectationCode: ExpectationCodeSchema,
  /** The recommendation as the team words it; blank means: use the derived text. */
  text: FreeTextSchema,
});
export type Recommendation = z.output<typeof RecommendationSchema>;

/** A new recommendation text for one expectation of a cycle. */
export function createRecommendation(
  input: Pick<Recommendation, 'cycleId' | 'expectationCode' | 'text'>,
  now?: Date,
): Recommendation {
  return RecommendationSchema.parse({ ...newRecordMeta(now), ...input });
}
