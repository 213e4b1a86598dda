import type { Assessment } from '../assessment';
import type { ExpectationCode } from '../framework/expectation-code';
import type { Participant } from '../participant';
import type { ReportContext } from './report-context';

/** One participant's own assessment of an expectation. */
export interface OwnAssessment {
  participant: Participant;
  assessment: Assessment;
}

/**
 * The participants' own assessments of one expectation, in participant order: one per participant (the
 * newest when merged copies exist), and only of the cycle's participants.
 */
export function ownAssessments(context: ReportContext, code: ExpectationCode): OwnAssessment[] {
  const newest = new Map<string, Assessment>();
  for (const assessment of context.assessments) {
    if (assessment.kind !== 'individual' || assessment.expectationCode !== code) continue;
    if (assessment.participantId === undefined) continue;
    const current = newest.get(assessment.participantId);
    if (current === undefined || assessment.updatedAt > current.updatedAt) {
      newest.set(assessment.participantId, assessment);
    }
  }
  return context.participants.flatMap((participant) => {
    const assessment = newest.get(participant.id);
    return assessment ? [{ participant, assessment }] : [];
  });
}
