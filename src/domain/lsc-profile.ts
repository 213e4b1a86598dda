import type * as z from 'zod/mini';
import type { LogoSchema, LscProfileSchema } from './lsc-profile-schema';
import { newRecordMeta } from './record';

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
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** The fields the centre's administration holds, checked one by one as the user types them. */
export const ADMINISTRATION_FIELDS = [
  'institutionNumber',
  'address',
  'governingBody',
  'directorName',
  'contactEmail',
  'contactPhone',
] as const;

/** Largest logo accepted: a logo for a cover needs far less, and the report's files stay light. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** The image types a logo may have. SVG is refused: it can carry script. */
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** The type the bytes themselves say they are (their signature), whatever a file name or browser claims. */
export function sniffLogoType(bytes: Uint8Array): LogoType | undefined {
  const starts = (signature: readonly number[]): boolean =>
    bytes.length > signature.length && signature.every((byte, index) => bytes[index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return undefined;
}

/** The centre's logo for the report's cover: a PNG or JPEG with the pixel size it decoded to (LogoSchema). */
export type Logo = z.output<typeof LogoSchema>;

/** The leersteuncentrum's own context and input, one per database; its schema is in lsc-profile-schema.ts. */
export type LscProfile = z.output<typeof LscProfileSchema>;

/** An empty profile, ready to be filled in. */
export function createLscProfile(now?: Date): LscProfile {
  // The schema's defaults written out: every page reads the profile at start, before zod is loaded.
  return {
    ...newRecordMeta(now),
    name: '',
    institutionNumber: '',
    address: '',
    governingBody: '',
    directorName: '',
    contactEmail: '',
    contactPhone: '',
    workingArea: '',
    schoolsServed: '',
    teamComposition: '',
    supportTypes: [],
    structuralPartnerships: '',
    supportCouncil: '',
    otherContext: '',
  };
}
