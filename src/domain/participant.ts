import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { LabelSchema, RecordIdSchema, RecordMetaSchema, TimestampSchema, newRecordMeta } from './record';
import { compareDutch } from './dutch-order';

/**
 * The roles people have in an LSC's self-evaluation, in the one order every list shows them: coördinator,
 * leerondersteuner, teamcoach, directie, medewerker, zorgcoördinator van een partnerschool, partner.
 * New roles go here only; files of older versions hold a subset, so they keep reading.
 */
export const PARTICIPANT_ROLES = [
  'coordinator',
  'supportStaff',
  'teamCoach',
  'director',
  'staff',
  'partnerSchoolCareCoordinator',
  'partner',
] as const;
export const ParticipantRoleSchema = lazySchema(() => z.enum(PARTICIPANT_ROLES));
export type ParticipantRole = z.output<typeof ParticipantRoleSchema>;

/** How a participant came into the cycle: put on the list by the coordinator, or read in from a contribution file. */
export const ParticipantOriginSchema = lazySchema(() => z.enum(['added', 'file']));
export type ParticipantOrigin = z.output<typeof ParticipantOriginSchema>;

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
export type ParticipantContribution = z.output<typeof ParticipantContributionSchema>;

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
export type Participant = z.output<typeof ParticipantSchema>;

const byCreatedAt = (a: Participant, b: Participant): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/**
 * The participants in the one order every view shows them: first those the coordinator put on the list, in
 * the order she added them, then those who joined from a contribution file, in the order they joined. Who
 * joined at the same moment (one import) go by name, so the order never depends on how the database lists them.
 */
export function inCycleOrder(participants: readonly Participant[]): Participant[] {
  return [...participants].sort(
    (a, b) =>
      Number(a.origin === 'file') - Number(b.origin === 'file') ||
      byCreatedAt(a, b) ||
      compareDutch(a.name, b.name) ||
      a.id.localeCompare(b.id),
  );
}

/** A name as people are matched on: case, accents' composition and spacing do not count. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** A new participant of a cycle. */
export function createParticipant(
  input: Pick<Participant, 'cycleId' | 'name' | 'role'> &
    Partial<Pick<Participant, 'anonymous' | 'origin' | 'contribution'>>,
  now?: Date,
): Participant {
  return ParticipantSchema.parse({ ...newRecordMeta(now), ...input });
}
