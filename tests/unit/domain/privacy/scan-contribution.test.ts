import { describe, expect, it } from 'vitest';
import { createContributionFile } from '../../../../src/domain/contribution/contribution-file';
import { memberCycleFromInvitation } from '../../../../src/domain/contribution/invitation-file';
import { scanContribution } from '../../../../src/domain/privacy/scan-contribution';
import { teamWithInvitation } from '../contribution/team-files';
import { NOW, anAssessment } from '../factories';

const { invitation } = teamWithInvitation();
const { cycle, self } = memberCycleFromInvitation(invitation, 'els@lsc.be', NOW);
const assessments = [
  { ...anAssessment(cycle, 'R1', 'meets', { participantId: self.id }), justification: 'Mail an@school.be' },
  // M2 is in scope but not rated by the member; R3 is outside the invitation's scope.
  { ...anAssessment(cycle, 'R3', 'meets', { participantId: self.id }), strengths: 'Bel 0471 23 45 67' },
  { ...anAssessment(cycle, 'R2', 'below'), justification: 'Team: team@lsc.be' },
];

function scan(anonymous: boolean) {
  const file = createContributionFile(cycle, self.id, assessments, {
    name: self.name,
    role: 'supportStaff',
    anonymous,
  });
  return scanContribution(file, cycle, self, assessments).map((finding) => ({
    text: finding.text,
    record: finding.location.record,
  }));
}

describe('the personal-data scan of a contribution', () => {
  it('reads only what the file carries: the name and the member’s own judgements in its scope', () => {
    expect(scan(false)).toEqual([
      { text: 'els@lsc.be', record: 'participant' },
      { text: 'an@school.be', record: 'assessment' },
    ]);
  });

  it('leaves out the name of an anonymous contribution, which is not in the file', () => {
    expect(scan(true)).toEqual([{ text: 'an@school.be', record: 'assessment' }]);
  });
});
