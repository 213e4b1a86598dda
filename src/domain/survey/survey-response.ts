import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { KeySchema, SlugSchema } from '../framework/content-id';
import { FreeTextSchema, RecordIdSchema } from '../record';

/**
 * How a respondent's answers reached the centre: on this device in the afnamemodus, as an answer file from the
 * link, typed in from a paper form, or read from a spreadsheet of Microsoft Forms or Google Forms. Results count
 * them alike; the channel lets the coordinator fix a typed-in paper form and see where the answers came from.
 */
export const RESPONSE_CHANNELS = ['kiosk', 'answerFile', 'paper', 'spreadsheet'] as const;
export const ResponseChannelSchema = lazySchema(() => z.enum(RESPONSE_CHANNELS));
export type ResponseChannel = z.output<typeof ResponseChannelSchema>;

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
export type SurveyResponse = z.output<typeof SurveyResponseSchema>;
