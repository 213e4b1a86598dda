import { z } from 'zod';
import { EvidenceKindSchema, VoiceSchema } from './evidence-vocabulary';
import { ExpectationCodeSchema } from './framework/expectation-code';
import {
  CalendarDateSchema,
  FreeTextSchema,
  LabelSchema,
  RecordIdSchema,
  RecordMetaSchema,
  newRecordMeta,
} from './record';

/** A link to a document elsewhere; only web addresses, so a link can never run script. */
export const EvidenceLinkSchema = z.url({ protocol: /^https?$/ }).max(2_000);

/** A bron: something that shows how the centre works, linked to the expectations it informs. */
export const EvidenceSchema = RecordMetaSchema.extend({
  /** The cycle whose library it is in. */
  cycleId: RecordIdSchema,
  /** Short title. */
  title: LabelSchema,
  /** What kind of source it is. */
  kind: EvidenceKindSchema,
  /** Whose perspective it carries. */
  voices: z.array(VoiceSchema).default([]),
  /** When it was made or collected. */
  date: CalendarDateSchema.optional(),
  /** What it contains and shows. */
  description: FreeTextSchema.default(''),
  /** Where it can be found, if online. */
  link: EvidenceLinkSchema.optional(),
  /** The expectations it informs. */
  expectationCodes: z.array(ExpectationCodeSchema).default([]),
});
export type Evidence = z.output<typeof EvidenceSchema>;

/** A new piece of evidence. */
export function createEvidence(
  input: Pick<Evidence, 'cycleId' | 'title' | 'kind'> &
    Partial<Omit<Evidence, 'id' | 'createdAt' | 'updatedAt'>>,
  now?: Date,
): Evidence {
  return EvidenceSchema.parse({ ...newRecordMeta(now), ...input });
}
