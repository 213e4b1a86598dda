import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { EvidenceKindSchema, VoiceSchema } from './evidence-vocabulary-schema';
import { ExpectationCodeSchema } from './framework/expectation-code-schema';
import {
  CalendarDateSchema,
  FreeTextSchema,
  LabelSchema,
  RecordIdSchema,
  RecordMetaSchema,
} from './record-schema';
import type { Evidence } from './evidence';
import { newRecordMeta } from './record';

/** A link to a document elsewhere; only web addresses, so a link can never run script. */
export const EvidenceLinkSchema = lazySchema(() => z.url({ protocol: /^https?$/ }).check(z.maxLength(2_000)));

/** A bron: something that shows how the centre works, linked to the expectations it informs. */
export const EvidenceSchema = lazySchema(() =>
  z.extend(RecordMetaSchema, {
    /** The cycle whose library it is in. */
    cycleId: RecordIdSchema,
    /** Short title. */
    title: LabelSchema,
    /** What kind of source it is. */
    kind: EvidenceKindSchema,
    /** Whose perspective it carries. */
    voices: z._default(z.array(VoiceSchema), []),
    /** When it was made or collected. */
    date: z.optional(CalendarDateSchema),
    /** What it contains and shows. */
    description: z._default(FreeTextSchema, ''),
    /** Where it can be found, if online. */
    link: z.optional(EvidenceLinkSchema),
    /** The expectations it informs. */
    expectationCodes: z._default(z.array(ExpectationCodeSchema), []),
    /** The evidence it was copied from, when the team kept it from an earlier cycle. */
    carriedOverFromId: z.optional(RecordIdSchema),
  }),
);

/** A new piece of evidence. */
export function createEvidence(
  input: Pick<Evidence, 'cycleId' | 'title' | 'kind'> &
    Partial<Omit<Evidence, 'id' | 'createdAt' | 'updatedAt'>>,
  now?: Date,
): Evidence {
  return EvidenceSchema.parse({ ...newRecordMeta(now), ...input });
}
