import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { TextSchema } from './framework/content-id';

/** Front matter of a page of our own prose (content/pages/): home, about. */
export const EditorialPageSchema = lazySchema(() =>
  z.object({
    /** The page's heading and title. */
    title: TextSchema,
    /** One sentence describing the page, for its meta description. */
    description: TextSchema,
  }),
);
export type EditorialPage = z.output<typeof EditorialPageSchema>;
