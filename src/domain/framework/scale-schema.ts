import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { KeySchema, TextSchema } from './content-id';
import { LEVEL_IDS, RATING_STATE_IDS } from './scale';

/** One of LEVEL_IDS. */
export const LevelIdSchema = lazySchema(() => z.enum(LEVEL_IDS));

/** One of RATING_STATE_IDS. */
export const RatingStateIdSchema = lazySchema(() => z.enum(RATING_STATE_IDS));

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
