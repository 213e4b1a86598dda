import * as z from 'zod/mini';
import { KeySchema, SlugSchema } from '../framework/content-id';
import { FreeTextSchema, RecordIdSchema } from '../record';

/**
 * One respondent's answers to one bevraging. Deliberately without a name, a time or a sequence number: nothing
 * in it says who answered or in which order, so results and open answers cannot be traced back either.
 */
export const SurveyResponseSchema = z.object({
  /** Random UUID; it says nothing about the respondent or the moment. */
  id: RecordIdSchema,
  /** The bevraging answered. */
  surveyId: RecordIdSchema,
  /** Per statement id, the chosen point of the scale or `dontKnow`; a statement left open has no entry. */
  answers: z.record(z.string(), KeySchema),
  /** Per open question id, the respondent's own words; a question left open has no entry. */
  openAnswers: z._default(z.record(SlugSchema, FreeTextSchema), {}),
});
export type SurveyResponse = z.output<typeof SurveyResponseSchema>;
