import type { InvitationTerms } from '../../domain/contribution/terms';
import type { Cycle } from '../../domain/cycle';
import { PARTICIPANT_ROLES, type Participant } from '../../domain/participant';
import { downloadFile } from '../data/download';
import { loadInvitationWriter } from './team-file-modules';

/** Downloads the team cycle's invitation on these terms; returns the file's name. */
export async function downloadInvitation(
  cycle: Cycle,
  terms: Omit<InvitationTerms, 'teamCycleId'>,
): Promise<string> {
  const [{ createInvitationFile, invitationFileName }, { serialiseTeamFile }] = await loadInvitationWriter();
  const file = createInvitationFile(cycle, terms);
  const fileName = invitationFileName(file);
  downloadFile(new TextEncoder().encode(serialiseTeamFile(file)), fileName, 'application/json');
  return fileName;
}

/**
 * Downloads a personal invitation for one listed participant: every role on offer (theirs chosen first),
 * anonymity and the deadline as the coordinator last set them for the team cycle; returns the file's name.
 */
export function downloadPersonalInvitation(cycle: Cycle, participant: Participant): Promise<string> {
  return downloadInvitation(cycle, {
    roles: [...PARTICIPANT_ROLES],
    anonymousAllowed: cycle.anonymousContributions ?? false,
    ...(cycle.contributionDeadline ? { deadline: cycle.contributionDeadline } : {}),
    participant: { id: participant.id, name: participant.name, role: participant.role },
  });
}
