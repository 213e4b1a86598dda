import type * as z from 'zod/mini';
import type { PictogramSchema, AnswerOptionSchema, AnswerScaleSchema } from './answer-scale-schema';

/** Whether no two entries share an id: answers and statements are stored by id. */
export function hasUniqueIds(entries: readonly { id: string }[]): boolean {
  return new Set(entries.map((entry) => entry.id)).size === entries.length;
}

/** The answer kept apart from every scale: "weet ik niet / niet van toepassing". Never counted as an opinion. */
export const DONT_KNOW = 'dontKnow';

/** The pictograms an easy-read scale shows beside its words: a face saying no, a bit, yes, and a question mark. */
export const PICTOGRAMS = ['no', 'somewhat', 'yes', 'unknown'] as const;

export type Pictogram = z.output<typeof PictogramSchema>;

/** One point of a group's answer scale. */
export type AnswerOption = z.output<typeof AnswerOptionSchema>;

/**
 * A group's answer scale, lowest point first, with "weet ik niet" apart. The points that agree are the top
 * ones, so "the share that agrees" always means the upper end of the scale.
 */
export type AnswerScale = z.output<typeof AnswerScaleSchema>;
