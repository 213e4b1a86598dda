import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { ParticipantRoleSchema } from '../participant-schema';
import { CalendarDateSchema, LabelSchema, RecordIdSchema } from '../record-schema';

/** A list of roles without repeats, each at most once. */
const RolesSchema = lazySchema(() =>
  z.array(ParticipantRoleSchema).check(
    z.minLength(1),
    z.refine((roles) => new Set(roles).size === roles.length, { error: 'een rol staat er twee keer in' }),
  ),
);

/** What a team cycle's invitation lets a member do, as the coordinator set it when exporting it. */
export const InvitationTermsSchema = lazySchema(() =>
  z.object({
    /** The team cycle the member's contribution answers. */
    teamCycleId: RecordIdSchema,
    /** The roles a member may choose from, in role order. */
    roles: RolesSchema,
    /** Whether a member may hand in the contribution without their name. */
    anonymousAllowed: z.boolean(),
    /** The day the coordinator wants the contributions back. */
    deadline: z.optional(CalendarDateSchema),
    /** For a personal invitation: the participant of the team cycle it is for; absent on the open invitation. */
    participant: z.optional(
      z.object({
        /** Their id in the team cycle: a contribution that carries it lands on them. */
        id: RecordIdSchema,
        /** Their name on the coordinator's list, offered as the member's name. */
        name: LabelSchema,
        /** Their role on the coordinator's list, offered as the member's role. */
        role: ParticipantRoleSchema,
      }),
    ),
  }),
);

/** A member's own cycle, opened from an invitation: the invitation's terms and the member's contributor key. */
export const MemberLinkSchema = lazySchema(() =>
  z.extend(InvitationTermsSchema, {
    /**
     * Random UUID made when the invitation was opened; every contribution exported from this cycle carries it,
     * so the coordinator recognises a later export as the same person, named or anonymous.
     */
    contributorKey: RecordIdSchema,
  }),
);
