import { type Rating } from '../../../../src/domain/assessment';
import { createAssessment } from '../../../../src/domain/assessment';
import {
  createContributionFile,
  type ContributionFile,
  type ContributorChoice,
} from '../../../../src/domain/contribution/contribution-file';
import {
  createInvitationFile,
  memberCycleFromInvitation,
} from '../../../../src/domain/contribution/invitation-file';
import type { ReadContribution } from '../../../../src/domain/contribution/import-plan';
import type { Cycle } from '../../../../src/domain/cycle';
import type { ExpectationCode } from '../../../../src/domain/framework/expectation-code';
import { PARTICIPANT_ROLES, type Participant } from '../../../../src/domain/participant';
import { NOW, aCycle } from '../factories';

/** A team cycle on R1, R2, M2 and its invitation, anonymity allowed. */
export function teamWithInvitation(overrides: Partial<Cycle> = {}) {
  const team = aCycle({ scope: ['R1', 'R2', 'M2'], anonymousContributions: true, ...overrides });
  const invitation = createInvitationFile(
    team,
    { roles: [...PARTICIPANT_ROLES], anonymousAllowed: true },
    NOW,
  );
  return { team, invitation };
}

/**
 * A member's contribution: their own cycle opened from the invitation, rated as given (with a justification
 * per rating), exported at `at`. Pass the same `member` again for a re-export by the same person.
 */
export function contributionFrom(
  invitation: ReturnType<typeof teamWithInvitation>['invitation'],
  ratings: Partial<Record<ExpectationCode, Rating>>,
  choice: Partial<ContributorChoice> = {},
  options: { at?: Date; member?: ReturnType<typeof memberCycleFromInvitation> } = {},
): { file: ContributionFile; member: ReturnType<typeof memberCycleFromInvitation> } {
  const member = options.member ?? memberCycleFromInvitation(invitation, choice.name ?? 'Lid', NOW);
  const assessments = Object.entries(ratings).map(([code, rating]) => ({
    ...createAssessment(
      {
        cycleId: member.cycle.id,
        expectationCode: code as ExpectationCode,
        kind: 'individual',
        participantId: member.self.id,
      },
      NOW,
    ),
    rating: rating as Rating,
    justification: `Waarom ${code}: ${rating as string}.`,
  }));
  const file = createContributionFile(
    member.cycle,
    member.self.id,
    assessments,
    { name: 'Lid', role: 'supportStaff', anonymous: false, ...choice },
    options.at ?? NOW,
  );
  return { file, member };
}

/** A file as the import reads it: readable, with its name. */
export function readable(fileName: string, file: ContributionFile): ReadContribution {
  return { fileName, result: { ok: true, file } };
}

/** The coordinator's personal invitation for one listed participant of the team cycle. */
export function personalInvitation(team: Cycle, participant: Participant) {
  return createInvitationFile(
    team,
    {
      roles: [...PARTICIPANT_ROLES],
      anonymousAllowed: true,
      participant: { id: participant.id, name: participant.name, role: participant.role },
    },
    NOW,
  );
}
