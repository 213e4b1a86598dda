import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { LabelSchema, RecordIdSchema, RecordMetaSchema, TimestampSchema } from './record-schema';
import { PARTICIPANT_ROLES } from './participant';
import type { Participant } from './participant';
import { newRecordMeta } from './record';

export const ParticipantRoleSchema = lazySchema(() => z.enum(PARTICIPANT_ROLES));

/** How a participant came into the cycle: put on the list by the coordinator, or read in from a contribution file. */
export const ParticipantOriginSchema = lazySchema(() => z.enum(['added', 'file']));

/** The contribution file a participant's judgements came from. */
export const ParticipantContributionSchema = lazySchema(() =>
  z.object({
    /** The contributor key the file carried; a later file with the same key replaces this one. */
    key: RecordIdSchema,
    /** When the member exported the file. */
    exportedAt: TimestampSchema,
    /** When the coordinator read it in. */
    receivedAt: TimestampSchema,
    /** Which version of this person's contribution it is: 1 for the first read in, one more for each replacement. */
    version: z.number().check(z.int(), z.gte(1)),
    /** True when it answered a personal invitation (it carried this participant's id), false for the open one. */
    personal: z.boolean(),
  }),
);

/** A person taking part in a cycle, under their name or an alias. */
export const ParticipantSchema = lazySchema(() =>
  z.extend(RecordMetaSchema, {
    /** The cycle they take part in. */
    cycleId: RecordIdSchema,
    /** Name or alias as it appears in the team views. */
    name: LabelSchema,
    /** Their role. */
    role: ParticipantRoleSchema,
    /** True when their name must be left out of reports and exports. */
    anonymous: z._default(z.boolean(), false),
    /** Put on the list by the coordinator, or read in from a contribution file. */
    origin: z._default(ParticipantOriginSchema, 'added'),
    /** When the coordinator last downloaded a personal invitation for them. */
    invitedAt: z.optional(TimestampSchema),
    /** For a participant whose judgements were read in from a contribution file: whose file, which version. */
    contribution: z.optional(ParticipantContributionSchema),
  }),
);

/** A new participant of a cycle. */
export function createParticipant(
  input: Pick<Participant, 'cycleId' | 'name' | 'role'> &
    Partial<Pick<Participant, 'anonymous' | 'origin' | 'contribution'>>,
  now?: Date,
): Participant {
  return ParticipantSchema.parse({ ...newRecordMeta(now), ...input });
}
