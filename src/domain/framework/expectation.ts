import { z } from 'zod';
import { ExpectationCodeSchema } from './expectation-code';
import { SlugSchema, TextSchema } from './content-id';

/**
 * A kwaliteitsverwachting: the front matter of one file in content/expectations/.
 * Its kwaliteitsbeeld is the file's body, quoted word for word from the referentiekader.
 */
export const ExpectationSchema = z.object({
  /** The code the referentiekader gives it: R1 … BL5. */
  code: ExpectationCodeSchema,
  /** Position in the referentiekader's reading order, 1 to 17. */
  order: z.number().int().min(1).max(17),
  /** Id of its rubriek. */
  rubric: SlugSchema,
  /** Id of its deelrubriek, for expectations inside Ontwikkeling. */
  subrubric: SlugSchema.optional(),
  /** The kwaliteitsverwachting itself: one sentence, quoted word for word. */
  statement: TextSchema,
  /** Codes of expectations a reader should look at alongside this one (our selection, not the framework's). */
  related: z.array(ExpectationCodeSchema).default([]),
});
export type Expectation = z.output<typeof ExpectationSchema>;
