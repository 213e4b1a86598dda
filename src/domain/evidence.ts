import type * as z from 'zod/mini';
import type { EvidenceSchema } from './evidence-schema';

/** A bron: something that shows how the centre works, linked to the expectations it informs. */
export type Evidence = z.output<typeof EvidenceSchema>;
