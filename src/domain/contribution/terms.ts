import type * as z from 'zod/mini';
import type { InvitationTermsSchema, MemberLinkSchema } from './terms-schema';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../participant';

/** What a team cycle's invitation lets a member do, as the coordinator set it when exporting it. */
export type InvitationTerms = z.output<typeof InvitationTermsSchema>;

/** A member's own cycle, opened from an invitation: the invitation's terms and the member's contributor key. */
export type MemberLink = z.output<typeof MemberLinkSchema>;

/** Whether the deadline has passed on `today` (`YYYY-MM-DD`): the day itself still counts. */
export function deadlinePassed(terms: Pick<InvitationTerms, 'deadline'>, today: string): boolean {
  return terms.deadline !== undefined && today > terms.deadline;
}

/** The roles in the fixed order of PARTICIPANT_ROLES, each once. */
export function inRoleOrder(roles: readonly ParticipantRole[]): ParticipantRole[] {
  return PARTICIPANT_ROLES.filter((role) => roles.includes(role));
}
