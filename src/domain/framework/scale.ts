import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { KeySchema, TextSchema } from './content-id';

/** The four levels of the development scale, lowest first. Labels and descriptions live in content/scale.yaml. */
export const LEVEL_IDS = ['below', 'approaching', 'meets', 'exceeds'] as const;
export const LevelIdSchema = lazySchema(() => z.enum(LEVEL_IDS));
export type LevelId = z.output<typeof LevelIdSchema>;

/** Answers that are not a level: not yet rated, more information needed, not in focus. */
export const RATING_STATE_IDS = ['notRated', 'needsInformation', 'notInFocus'] as const;
export const RatingStateIdSchema = lazySchema(() => z.enum(RATING_STATE_IDS));
export type RatingStateId = z.output<typeof RatingStateIdSchema>;

/** One entry of content/scale.yaml: a level on the scale or a state that is not a level. */
export const ScaleEntrySchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      /** Stable id stored in assessments. */
      id: LevelIdSchema,
      kind: z.literal('level'),
      /** 1 (beneden) to 4 (overstijgt): the level's place on the scale. */
      value: z.number().check(z.int(), z.gte(1), z.lte(4)),
      /** The label as the inspectorate words it. */
      label: TextSchema,
      /** What the level means. */
      description: TextSchema,
    }),
    z.object({
      /** Stable id stored in assessments. */
      id: RatingStateIdSchema,
      kind: z.literal('state'),
      /** The label shown to users. */
      label: TextSchema,
      /** When to choose it. */
      description: TextSchema,
    }),
  ]),
);
export type ScaleEntry = z.output<typeof ScaleEntrySchema>;

/** One of the inspectorate's five criteria for good practice, required for level 4. */
export const GoodPracticeCriterionSchema = lazySchema(() =>
  z.object({
    /** Stable id stored with a level-4 assessment. */
    id: KeySchema,
    /** Position in the list, from 1. */
    order: z.number().check(z.int(), z.positive()),
    /** The criterion as a statement the team can tick. */
    label: TextSchema,
  }),
);
export type GoodPracticeCriterion = z.output<typeof GoodPracticeCriterionSchema>;
