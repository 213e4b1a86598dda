import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { KeySchema, SlugSchema } from '../framework/content-id';
import { FreeTextSchema, RecordIdSchema } from '../record-schema';
import { RESPONSE_CHANNELS } from './survey-response';

export const ResponseChannelSchema = lazySchema(() => z.enum(RESPONSE_CHANNELS));

/** A SHA-256 digest in lower-case hex: the fingerprint of a file read in. */
export const FileFingerprintSchema = lazySchema(() => z.string().check(z.regex(/^[0-9a-f]{64}$/)));

/**
 * One respondent's answers to one bevraging. Deliberately without a name, a time or a sequence number: nothing
 * in it says who answered or in which order, so results and open answers cannot be traced back either.
 */
export const SurveyResponseSchema = lazySchema(() =>
  z.object({
    /** Random UUID; it says nothing about the respondent or the moment. */
    id: RecordIdSchema,
    /** The bevraging answered. */
    surveyId: RecordIdSchema,
    /** Per statement id, the chosen point of the scale or `dontKnow`; a statement left open has no entry. */
    answers: z.record(z.string(), KeySchema),
    /** Per open question id, the respondent's own words; a question left open has no entry. */
    openAnswers: z._default(z.record(SlugSchema, FreeTextSchema), {}),
    /** How the answers reached the centre. */
    channel: ResponseChannelSchema,
    /**
     * For answers read from a spreadsheet: the fingerprint of that file, so reading the same file again is
     * recognised and refused. It says nothing about the respondent.
     */
    sourceFile: z.optional(FileFingerprintSchema),
  }),
);
