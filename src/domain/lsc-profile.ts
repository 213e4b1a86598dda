import * as z from 'zod/mini';
import { FreeTextSchema, RecordMetaSchema, newRecordMeta } from './record';

/** The types of leersteun an LSC can offer; 4, 6 and 7 may be offered through a structural partnership. */
export const SUPPORT_TYPES = [
  'basisaanbod',
  'type-2',
  'type-3',
  'type-4',
  'type-6',
  'type-7',
  'type-9',
] as const;
export const SupportTypeSchema = z.enum(SUPPORT_TYPES);
export type SupportType = z.output<typeof SupportTypeSchema>;

/**
 * The leersteuncentrum's own context and input: what the report's "Administratieve gegevens en situering"
 * is made of. One per database.
 */
export const LscProfileSchema = z.extend(RecordMetaSchema, {
  /** Name of the leersteuncentrum. */
  name: z._default(z.string().check(z.maxLength(300)), ''),
  /** Its werkgebied: region, municipalities, characteristics of the area. */
  workingArea: z._default(FreeTextSchema, ''),
  /** The schools it serves (number, levels, networks). */
  schoolsServed: z._default(FreeTextSchema, ''),
  /** Team composition and expertise: disciplines, FTEs, experience. */
  teamComposition: z._default(FreeTextSchema, ''),
  /** The types of leersteun it offers itself. */
  supportTypes: z._default(z.array(SupportTypeSchema), []),
  /** Structural partnerships with other LSCs for types 4, 6 and 7. */
  structuralPartnerships: z._default(FreeTextSchema, ''),
  /** Composition and working of its leersteunraad. */
  supportCouncil: z._default(FreeTextSchema, ''),
  /** Anything else about its context and input worth knowing. */
  otherContext: z._default(FreeTextSchema, ''),
});
export type LscProfile = z.output<typeof LscProfileSchema>;

/** An empty profile, ready to be filled in. */
export function createLscProfile(now?: Date): LscProfile {
  return LscProfileSchema.parse(newRecordMeta(now));
}
