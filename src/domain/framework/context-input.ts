import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { TextSchema } from './content-id';

/** One of the two lists of section 2 of the referentiekader, quoted word for word. */
export const FeatureListSchema = lazySchema(() =>
  z.object({
    /** Its heading: "Context" or "Input". */
    title: TextSchema,
    /** The sentence that introduces the list. */
    intro: TextSchema,
    /** The features it lists. */
    items: z.array(TextSchema).check(z.minLength(1)),
  }),
);
export type FeatureList = z.output<typeof FeatureListSchema>;

/** The ids of the two lists in content/context-input.yaml. */
export const CONTEXT_INPUT_IDS = ['context', 'input'] as const;
