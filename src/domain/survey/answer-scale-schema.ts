import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { KeySchema, TextSchema } from '../framework/content-id';
import { hasUniqueIds, DONT_KNOW, PICTOGRAMS } from './answer-scale';

export const PictogramSchema = lazySchema(() => z.enum(PICTOGRAMS));

/** One point of a group's answer scale. */
export const AnswerOptionSchema = lazySchema(() =>
  z.object({
    /** Stable id stored in answers, e.g. `ratherAgree`. */
    id: KeySchema,
    /** The words the respondent reads. */
    label: TextSchema,
    /** Whether choosing it counts towards "the share that agrees". */
    agrees: z.boolean(),
    /** Shown beside the words in an easy-read questionnaire. */
    pictogram: z.optional(PictogramSchema),
  }),
);

/** The words (and pictogram) of the answer outside the scale. */
export const DontKnowOptionSchema = lazySchema(() =>
  z.object({
    label: TextSchema,
    pictogram: z.optional(PictogramSchema),
  }),
);

/**
 * A group's answer scale, lowest point first, with "weet ik niet" apart. The points that agree are the top
 * ones, so "the share that agrees" always means the upper end of the scale.
 */
export const AnswerScaleSchema = lazySchema(() =>
  z
    .object({
      /** The points of the scale, from disagreeing to agreeing. */
      options: z.array(AnswerOptionSchema).check(z.minLength(3), z.maxLength(5)),
      /** The answer "weet ik niet / niet van toepassing", never a point of the scale. */
      dontKnow: DontKnowOptionSchema,
    })
    .check(
      z.refine((scale) => hasUniqueIds(scale.options), {
        error: 'twee antwoorden van de schaal hebben dezelfde id',
      }),
      z.refine((scale) => scale.options.every((option) => option.id !== DONT_KNOW), {
        error: `"${DONT_KNOW}" is geen punt van de schaal: het staat er apart naast`,
      }),
      z.refine(
        (scale) => {
          const firstAgreeing = scale.options.findIndex((option) => option.agrees);
          return firstAgreeing > 0 && scale.options.slice(firstAgreeing).every((option) => option.agrees);
        },
        { error: 'de schaal begint bij niet akkoord en eindigt bij de antwoorden die akkoord gaan' },
      ),
    ),
);
