import type { Assessment } from '../assessment';
import type { ContributionFile } from '../contribution/contribution-file';
import type { Cycle } from '../cycle';
import type { Participant } from '../participant';
import { scanForPersonalData, type PersonalDataFinding } from './scan-records';

/**
 * Personal-looking data in what a contribution file carries, found in the member's own records so each
 * finding links to the page where it can be changed: the cycle's title, the name in the file (none when
 * anonymous), and the member's judgements of the expectations the file holds.
 */
export function scanContribution(
  file: ContributionFile,
  cycle: Cycle,
  self: Participant,
  assessments: readonly Assessment[],
): PersonalDataFinding[] {
  const carried = new Set(file.assessments.map((assessment) => assessment.expectationCode));
  const { name } = file.contributor;
  const findings = scanForPersonalData(
    {
      cycles: [cycle],
      // Kept when anonymous too, so a finding in a judgement still says whose it is; its name is not scanned.
      participants: [name === undefined ? self : { ...self, name }],
      assessments: assessments.filter(
        (assessment) =>
          assessment.kind === 'individual' &&
          assessment.participantId === self.id &&
          carried.has(assessment.expectationCode),
      ),
    },
    { cycleId: cycle.id },
  );
  return name === undefined
    ? findings.filter((finding) => finding.location.record !== 'participant')
    : findings;
}
