import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { ExpectationCodeSchema } from './expectation-code-schema';
import { SlugSchema, TextSchema } from './content-id';

/**
 * A kwaliteitsverwachting: the front matter of one file in content/expectations/.
 * Its kwaliteitsbeeld is the file's body, quoted word for word from the referentiekader.
 */
export const ExpectationSchema = lazySchema(() =>
  z.object({
    /** The code the referentiekader gives it: R1 … BL5. */
    code: ExpectationCodeSchema,
    /** Position in the referentiekader's reading order, 1 to 17. */
    order: z.number().check(z.int(), z.gte(1), z.lte(17)),
    /** Id of its rubriek. */
    rubric: SlugSchema,
    /** Id of its deelrubriek, for expectations inside Ontwikkeling. */
    subrubric: z.optional(SlugSchema),
    /** The kwaliteitsverwachting itself: one sentence, quoted word for word. */
    statement: TextSchema,
    /** Codes of expectations a reader should look at alongside this one (our selection, not the framework's). */
    related: z._default(z.array(ExpectationCodeSchema), []),
  }),
);
export type Expectation = z.output<typeof ExpectationSchema>;
