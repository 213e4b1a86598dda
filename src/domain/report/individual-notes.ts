import type { OwnAssessment } from '../aggregation';
import { SUPPORT_LEVELS } from '../framework/support-level';
import { participantName, participantRole } from './participant-names';
import type { ReportContext } from './report-context';
import type { ReportExpectation } from './report-model';
import { reportRating } from './report-rating';

type IndividualNote = ReportExpectation['individualNotes'][number];

const hasText = ({ assessment }: OwnAssessment): boolean =>
  [assessment.justification, assessment.strengths, assessment.pointsToDevelop].some(
    (text) => text.trim() !== '',
  );

/**
 * Each participant's own notes on an expectation, in participant order, when the options include them and
 * the cycle is a team's: everyone who rated it or wrote something about it.
 */
export function individualNotes(context: ReportContext, own: readonly OwnAssessment[]): IndividualNote[] {
  if (!context.input.options.includeIndividualNotes || context.kind !== 'team') return [];
  return own
    .filter((entry) => entry.assessment.rating !== 'notRated' || hasText(entry))
    .map(({ participant, assessment }) => ({
      participant: participantName(context, participant),
      role: participantRole(context, participant),
      rating: reportRating(context.vocabulary, assessment.rating),
      justification: assessment.justification,
      strengths: assessment.strengths,
      pointsToDevelop: assessment.pointsToDevelop,
      supportLevels: SUPPORT_LEVELS.filter((level) => assessment.supportLevels.includes(level)).map(
        (level) => context.vocabulary.labels.supportLevels[level],
      ),
      updatedAt: assessment.updatedAt,
    }));
}
