import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SlugSchema, TextSchema } from './content-id';

/** A public text the product quotes or draws on (content/sources.yaml); its text is kept in content/sources/. */
export const SourceSchema = lazySchema(() =>
  z.object({
    /** Stable id that content refers to. */
    id: SlugSchema,
    /** Title of the publication. */
    title: TextSchema,
    /** Who published it. */
    publisher: TextSchema,
    /** When it was published or consulted, as the reader should see it. */
    published: TextSchema,
    /** File name of its plain-text copy in content/sources/. */
    file: z.string().check(z.regex(/^[a-z0-9-]+\.txt$/)),
    /** True for texts of the government or the inspectorate; false for other publishers. */
    official: z.boolean(),
  }),
);
export type Source = z.output<typeof SourceSchema>;
