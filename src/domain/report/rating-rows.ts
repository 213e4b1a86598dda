import { participantName, participantRole } from './participant-names';
import { reportContext } from './report-context';
import type { ReportInput, ReportVocabulary } from './report-input';
import { reportRating } from './report-rating';

/** One judgement of one expectation: a participant's own, or the team's consensus. */
export interface RatingRow {
  cycle: string;
  schoolYear: string;
  code: string;
  statement: string;
  /** The participant's name under the report's naming rule; the team's label for a consensus. */
  participant: string;
  role: string;
  kind: 'individual' | 'consensus';
  rating: string;
  /** 1–4 for a level, absent for an answer that is not a level. */
  level: number | undefined;
  justification: string;
  strengths: string;
  pointsToDevelop: string;
  supportLevels: string;
  updatedAt: string;
}

/**
 * Every stored judgement of the reported expectations, one row per participant × expectation plus the team's
 * consensus, in reading order and then participant order: what the CSV export holds. Names follow the same
 * rule as the report (anonymised, or "anonieme deelnemer" for who chose it).
 */
export function ratingRows(input: ReportInput, vocabulary: ReportVocabulary, teamLabel: string): RatingRow[] {
  const context = reportContext(input, vocabulary);
  const { labels } = vocabulary;
  const order = new Map(context.participants.map((participant, index) => [participant.id, index]));
  return context.expectations.flatMap((expectation) =>
    context.assessments
      .filter((assessment) => assessment.expectationCode === expectation.code)
      .filter((assessment) => assessment.kind === 'consensus' || order.has(assessment.participantId ?? ''))
      .sort(
        (a, b) =>
          (order.get(a.participantId ?? '') ?? -1) - (order.get(b.participantId ?? '') ?? -1) ||
          a.updatedAt.localeCompare(b.updatedAt),
      )
      .map((assessment): RatingRow => {
        const participant = context.participants.find((p) => p.id === assessment.participantId);
        const rating = reportRating(vocabulary, assessment.rating);
        return {
          cycle: input.cycle.title,
          schoolYear: input.cycle.schoolYear,
          code: expectation.code,
          statement: expectation.statement,
          participant: participant ? participantName(context, participant) : teamLabel,
          role: participant ? participantRole(context, participant) : '',
          kind: assessment.kind,
          rating: rating.label,
          level: rating.level,
          justification: assessment.justification,
          strengths: assessment.strengths,
          pointsToDevelop: assessment.pointsToDevelop,
          supportLevels: assessment.supportLevels.map((level) => labels.supportLevels[level]).join(', '),
          updatedAt: assessment.updatedAt,
        };
      }),
  );
}
