import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';

/** A content id: lower-case ASCII words joined by hyphens, safe as a URL segment and an HTML anchor. */
export const SlugSchema = lazySchema(() =>
  z.string().check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'gebruik kleine letters, cijfers en koppeltekens (bv. "gc-verslag")',
    }),
  ),
);

/** A camelCase id used for values stored in records (`notInFocus`, `beyondUsual`). */
export const KeySchema = lazySchema(() =>
  z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, { error: 'gebruik een camelCase-sleutel' })),
);

/** A sentence or paragraph of text: trimmed and not empty. */
export const TextSchema = lazySchema(() =>
  z.string().check(z.trim(), z.minLength(1, { error: 'mag niet leeg zijn' })),
);
