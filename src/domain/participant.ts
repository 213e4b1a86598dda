import type * as z from 'zod/mini';
import type {
  ParticipantRoleSchema,
  ParticipantOriginSchema,
  ParticipantContributionSchema,
  ParticipantSchema,
} from './participant-schema';
import { compareDutch } from './dutch-order';
import { compareCodes } from './code-order';

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

export type ParticipantRole = z.output<typeof ParticipantRoleSchema>;

/** How a participant came into the cycle: put on the list by the coordinator, or read in from a contribution file. */
export type ParticipantOrigin = z.output<typeof ParticipantOriginSchema>;

/** The contribution file a participant's judgements came from. */
export type ParticipantContribution = z.output<typeof ParticipantContributionSchema>;

/** A person taking part in a cycle, under their name or an alias. */
export type Participant = z.output<typeof ParticipantSchema>;

const byCreatedAt = (a: Participant, b: Participant): number => compareCodes(a.createdAt, b.createdAt);

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
      compareCodes(a.id, b.id),
  );
}

/** A name as people are matched on: case, accents' composition and spacing do not count. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}
