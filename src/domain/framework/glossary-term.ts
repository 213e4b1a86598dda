import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SlugSchema, TextSchema } from './content-id';

/** One term of the begrippenlijst (content/glossary.yaml). */
export const GlossaryTermSchema = lazySchema(() =>
  z.object({
    /** Stable id, the term's anchor on the glossary page (`/begrippen/#ov4-verslag`). */
    id: SlugSchema,
    /** The term as written. */
    term: TextSchema,
    /** Its definition. */
    definition: TextSchema,
    /** A list that completes the definition, shown as bullets after it. */
    items: z.optional(z.array(TextSchema)),
    /** Id of the source (content/sources.yaml) it comes from or is grounded in. */
    source: SlugSchema,
    /** True when definition and items are quoted word for word from that source; false when written by us. */
    quoted: z.boolean(),
    /** Ids of related terms in the glossary. */
    related: z._default(z.array(SlugSchema), []),
  }),
);
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
