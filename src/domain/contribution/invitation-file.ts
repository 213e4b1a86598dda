import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { type Cycle } from '../cycle';
import { createCycle } from '../cycle-schema';
import { SchoolYearSchema } from '../cycle-schema';
import { EXPECTATION_CODES } from '../framework/expectation-code';
import { ExpectationCodeSchema } from '../framework/expectation-code-schema';
import { PARTICIPANT_ROLES, type Participant } from '../participant';
import { createParticipant } from '../participant-schema';
import { ParticipantRoleSchema } from '../participant-schema';
import { newRecordId } from '../record';
import { LabelSchema, TimestampSchema } from '../record-schema';
import { fileNamePart } from './file-name';
import { INVITATION_FORMAT } from './format-ids';
import { headerShape, newHeader } from './header';
import type { TeamFileFormat } from './read-file';
import { inRoleOrder, type InvitationTerms } from './terms';
import { InvitationTermsSchema } from './terms-schema';

/**
 * Raised whenever the invitation's layout changes; older layouts keep being read. Version 2 may name the
 * participant a personal invitation is for.
 */
export const INVITATION_FORMAT_VERSION = 2;

const ScopeSchema = lazySchema(() =>
  z.array(ExpectationCodeSchema).check(
    z.minLength(1),
    z.refine((scope) => scope.join() === EXPECTATION_CODES.filter((code) => scope.includes(code)).join(), {
      error: 'de verwachtingen staan niet in de volgorde van het referentiekader of komen twee keer voor',
    }),
  ),
);

/** An invitation: the team cycle a member is asked to rate, and the terms of the contribution. */
export const InvitationFileSchema = lazySchema(() =>
  z.object({
    ...headerShape(INVITATION_FORMAT),
    /** When the coordinator exported it. */
    createdAt: TimestampSchema,
    /** What the member's own cycle starts as. */
    cycle: z.object({
      /** The team cycle's title. */
      title: LabelSchema,
      /** Its school year. */
      schoolYear: SchoolYearSchema,
      /** The expectations to rate, in framework order. */
      scope: ScopeSchema,
    }),
    /** Which team cycle the contribution answers, the roles to choose from, anonymity, deadline. */
    terms: InvitationTermsSchema,
  }),
);
export type InvitationFile = z.output<typeof InvitationFileSchema>;

/** What an invitation reader accepts: roles and anonymity may be left out (all roles, not anonymous). */
const LenientInvitationSchema = lazySchema(() =>
  z.object({
    ...headerShape(INVITATION_FORMAT),
    createdAt: TimestampSchema,
    cycle: z.object({
      title: LabelSchema,
      schoolYear: SchoolYearSchema,
      scope: z.array(ExpectationCodeSchema),
    }),
    terms: z.object({
      ...InvitationTermsSchema.shape,
      roles: z._default(z.array(ParticipantRoleSchema), [...PARTICIPANT_ROLES]),
      anonymousAllowed: z._default(z.boolean(), false),
    }),
  }),
);

/** How invitations are read; see README.md. */
export const INVITATION_FILE: TeamFileFormat<z.output<typeof LenientInvitationSchema>, InvitationFile> = {
  id: INVITATION_FORMAT,
  version: INVITATION_FORMAT_VERSION,
  lenient: LenientInvitationSchema,
  restore: (file) => ({
    ...file,
    formatVersion: INVITATION_FORMAT_VERSION,
    cycle: { ...file.cycle, scope: EXPECTATION_CODES.filter((code) => file.cycle.scope.includes(code)) },
    terms: { ...file.terms, roles: inRoleOrder(file.terms.roles) },
  }),
  strict: InvitationFileSchema,
};

/** The invitation to a team cycle, with the terms the coordinator chose. */
export function createInvitationFile(
  cycle: Cycle,
  terms: Omit<InvitationTerms, 'teamCycleId'>,
  now: Date = new Date(),
): InvitationFile {
  return InvitationFileSchema.parse({
    ...newHeader(INVITATION_FORMAT, INVITATION_FORMAT_VERSION),
    createdAt: now.toISOString(),
    cycle: { title: cycle.title, schoolYear: cycle.schoolYear, scope: cycle.scope },
    terms: { ...terms, roles: inRoleOrder(terms.roles), teamCycleId: cycle.id },
  });
}

/**
 * The name an invitation is offered under: `uitnodiging-zelfevaluatie-2026-2027.json`, and for a personal one
 * the participant's name after it (`…-an-peeters.json`), so the coordinator's folder keeps them apart.
 */
export function invitationFileName(invitation: InvitationFile): string {
  const { participant } = invitation.terms;
  const forWhom = participant ? `-${fileNamePart(participant.name)}` : '';
  return `uitnodiging-${fileNamePart(invitation.cycle.title)}${forWhom}.json`;
}

/**
 * A member's own cycle for an invitation: individual, the team's title, year and scope, the deadline as
 * its end, and a new contributor key; with the member as its one participant, in the role a personal
 * invitation names, else a leerondersteuner when that role is offered, otherwise in the first role offered.
 */
export function memberCycleFromInvitation(
  invitation: InvitationFile,
  memberName: string,
  now?: Date,
): { cycle: Cycle; self: Participant } {
  const { terms } = invitation;
  const cycle = createCycle(
    {
      title: invitation.cycle.title,
      schoolYear: invitation.cycle.schoolYear,
      mode: 'individual',
      scope: invitation.cycle.scope,
      ...(terms.deadline ? { endDate: terms.deadline } : {}),
      invitation: { ...terms, contributorKey: newRecordId() },
    },
    now,
  );
  // Most members are leerondersteuners; the member picks another offered role when exporting.
  const listed = terms.participant?.role;
  const role =
    listed && terms.roles.includes(listed)
      ? listed
      : terms.roles.includes('supportStaff')
        ? 'supportStaff'
        : (terms.roles[0] ?? 'supportStaff');
  const self = createParticipant({ cycleId: cycle.id, name: memberName, role }, now);
  return { cycle, self };
}
