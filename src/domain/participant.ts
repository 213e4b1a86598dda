import * as z from 'zod/mini';
import { LabelSchema, RecordIdSchema, RecordMetaSchema, TimestampSchema, newRecordMeta } from './record';

/** Roles in a self-evaluation: coördinator, leerondersteuner, directie, medewerker, partner. */
export const PARTICIPANT_ROLES = ['coordinator', 'supportStaff', 'director', 'staff', 'partner'] as const;
export const ParticipantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.output<typeof ParticipantRoleSchema>;

/** A person taking part in a cycle, under their name or an alias. */
export const ParticipantSchema = z.extend(RecordMetaSchema, {
  /** The cycle they take part in. */
  cycleId: RecordIdSchema,
  /** Name or alias as it appears in the team views. */
  name: LabelSchema,
  /** Their role. */
  role: ParticipantRoleSchema,
  /** True when their name must be left out of reports and exports. */
  anonymous: z._default(z.boolean(), false),
  /** For a participant read in from a contribution file: whose file it was, and when it was made. */
  contribution: z.optional(
    z.object({
      /** The contributor key the file carried; a later file with the same key replaces this one. */
      key: RecordIdSchema,
      /** When the member exported the file. */
      exportedAt: TimestampSchema,
    }),
  ),
});
export type Participant = z.output<typeof ParticipantSchema>;

/** The participants in the order they joined the cycle (createdAt); who joined at the same moment keep their order. */
export function inJoiningOrder(participants: readonly Participant[]): Participant[] {
  // Array.prototype.sort is stable, so ties keep the given order.
  return [...participants].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
}

/** A new participant of a cycle. */
export function createParticipant(
  input: Pick<Participant, 'cycleId' | 'name' | 'role'> &
    Partial<Pick<Participant, 'anonymous' | 'contribution'>>,
  now?: Date,
): Participant {
  return ParticipantSchema.parse({ ...newRecordMeta(now), ...input });
}
