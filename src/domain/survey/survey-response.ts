import type * as z from 'zod/mini';
import type { ResponseChannelSchema, SurveyResponseSchema } from './survey-response-schema';

/**
 * How a respondent's answers reached the centre: on this device in the afnamemodus, as an answer file from the
 * link, typed in from a paper form, or read from a spreadsheet of Microsoft Forms or Google Forms. Results count
 * them alike; the channel lets the coordinator fix a typed-in paper form and see where the answers came from.
 */
export const RESPONSE_CHANNELS = ['kiosk', 'answerFile', 'paper', 'spreadsheet'] as const;

export type ResponseChannel = z.output<typeof ResponseChannelSchema>;

/**
 * One respondent's answers to one bevraging. Deliberately without a name, a time or a sequence number: nothing
 * in it says who answered or in which order, so results and open answers cannot be traced back either.
 */
export type SurveyResponse = z.output<typeof SurveyResponseSchema>;
