import type * as z from 'zod/mini';
import type { GoodPracticeCriterionSchema, ScaleEntrySchema } from './scale-schema';

/** The four levels of the development scale, lowest first. Labels and descriptions live in content/scale.yaml. */
export const LEVEL_IDS = ['below', 'approaching', 'meets', 'exceeds'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** Answers that are not a level: not yet rated, more information needed, not in focus. */
export const RATING_STATE_IDS = ['notRated', 'needsInformation', 'notInFocus'] as const;
export type RatingStateId = (typeof RATING_STATE_IDS)[number];

/** One entry of content/scale.yaml: a level on the scale or a state that is not a level (ScaleEntrySchema). */
export type ScaleEntry = z.output<typeof ScaleEntrySchema>;

/** One of the inspectorate's five criteria for good practice, required for level 4. */
export type GoodPracticeCriterion = z.output<typeof GoodPracticeCriterionSchema>;
