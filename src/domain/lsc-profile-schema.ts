import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { LOGO_TYPES, MAX_LOGO_BYTES, SUPPORT_TYPES, sniffLogoType } from './lsc-profile';
import { FreeTextSchema, RecordMetaSchema } from './record-schema';

/** One of the types of leersteun (SUPPORT_TYPES). */
export const SupportTypeSchema = lazySchema(() => z.enum(SUPPORT_TYPES));

/** An instellingsnummer as digits only (leading zeros kept), or blank. */
export const InstitutionNumberSchema = lazySchema(() =>
  z
    .string()
    .check(
      z.regex(/^\d{0,10}$/, { error: 'Een instellingsnummer bestaat alleen uit cijfers (hoogstens tien).' }),
    ),
);

/** An e-mail address in the shape name@domain.tld, or blank. */
export const ContactEmailSchema = lazySchema(() =>
  z.string().check(
    z.regex(/^(?:[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+)?$/, {
      error: 'Vul een e-mailadres in zoals info@leersteuncentrum.be.',
    }),
    z.maxLength(300),
  ),
);

/** A phone number: digits with the spaces, dots, slashes, dashes, brackets and + people write, or blank. */
export const ContactPhoneSchema = lazySchema(() =>
  z.string().check(
    z.regex(/^(?:[+(]?\d[\d ./()-]{5,24})?$/, {
      error: 'Vul een telefoonnummer in met cijfers, zoals 03 123 45 67 of +32 3 123 45 67.',
    }),
  ),
);

/** The pixel size a decoded image may have: a logo, not a poster. */
const LogoDimensionSchema = lazySchema(() => z.number().check(z.int(), z.gte(1), z.lte(10_000)));

/**
 * The centre's logo for the report's cover: a PNG or JPEG whose bytes are what its type says, with the pixel
 * size it decoded to. Kept as bytes, not a Blob, which WebKit refuses to store in a private window.
 */
export const LogoSchema = lazySchema(() =>
  z
    .object({
      type: z.enum(LOGO_TYPES),
      width: LogoDimensionSchema,
      height: LogoDimensionSchema,
      bytes: z
        .instanceof(Uint8Array)
        .check(
          z.refine((bytes) => bytes.byteLength <= MAX_LOGO_BYTES, { error: 'het logo is groter dan 1 MB' }),
        ),
    })
    .check(
      z.refine((logo) => sniffLogoType(logo.bytes) === logo.type, {
        error: 'het logo is geen PNG- of JPEG-afbeelding',
        path: ['bytes'],
      }),
    ),
);

/**
 * The leersteuncentrum's own context and input: what the report's "Administratieve gegevens en situering"
 * is made of. One per database.
 */
export const LscProfileSchema = lazySchema(() =>
  z.extend(RecordMetaSchema, {
    /** Name of the leersteuncentrum. */
    name: z._default(z.string().check(z.maxLength(300)), ''),
    /** Its instellingsnummer; the sources give no format, so any number of digits up to ten, or blank. */
    institutionNumber: z._default(InstitutionNumberSchema, ''),
    /** Its postal address. */
    address: z._default(z.string().check(z.maxLength(1000)), ''),
    /** The onderwijsverstrekker or schoolbestuur it belongs to. */
    governingBody: z._default(z.string().check(z.maxLength(300)), ''),
    /** Name of its director: business data the report shows, not a pupil's. */
    directorName: z._default(z.string().check(z.maxLength(300)), ''),
    /** The centre's own e-mail address for contact, or blank. */
    contactEmail: z._default(ContactEmailSchema, ''),
    /** The centre's own phone number for contact, or blank. */
    contactPhone: z._default(ContactPhoneSchema, ''),
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
    /** Its logo for the report's cover, if it chose one. */
    logo: z.optional(LogoSchema),
  }),
);
