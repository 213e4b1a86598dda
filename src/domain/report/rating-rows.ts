import type { ReportEvolution, ReportExpectation, ReportModel } from './report-model';
import type { SectionOf } from './section-types';

/** One judgement of one expectation: a participant's own, or the team's consensus. */
export interface RatingRow {
  cycle: string;
  schoolYear: string;
  code: string;
  statement: string;
  /** The participant's name as the report gives it; the team's label for a consensus. */
  participant: string;
  role: string;
  kind: 'individual' | 'consensus';
  rating: string;
  /** 1–4 for a level, absent for an answer that is not a level. */
  level: number | undefined;
  /**
   * On the team's (or the person's own) judgement, with a comparable previous cycle: its judgement there and
   * the change since; absent on individual notes.
   */
  evolution: ReportEvolution | undefined;
  justification: string;
  strengths: string;
  pointsToDevelop: string;
  supportLevels: string;
  updatedAt: string;
}

/** Every expectation a model reports on, in reading order (rubriek, then its deelrubrieken). */
export function modelExpectations(model: ReportModel): ReportExpectation[] {
  const section = model.sections.find(
    (candidate): candidate is SectionOf<'qualitySupport'> => candidate.id === 'qualitySupport',
  );
  return (section?.rubrics ?? []).flatMap((rubric) => [
    ...rubric.expectations,
    ...rubric.subrubrics.flatMap((subrubric) => subrubric.expectations),
  ]);
}

/** Whose the judgement of a report is: the team's, or in a personal reflection the one participant's. */
function judge(model: ReportModel, teamLabel: string): { participant: string; role: string } {
  if (model.kind === 'team') return { participant: teamLabel, role: '' };
  return { participant: model.person?.name ?? '', role: model.person?.role ?? '' };
}

/**
 * The judgements the report holds, one row each, in reading order: per expectation the team's consensus
 * (or the person's own judgement in a personal reflection) with its previous judgement and the change, then
 * the individual notes the report includes.
 * Read from the finished model, so the CSV carries exactly what the report's options let through.
 */
export function ratingRows(model: ReportModel, teamLabel: string): RatingRow[] {
  const common = { cycle: model.cycle.title, schoolYear: model.cycle.schoolYear };
  const judgedBy = judge(model, teamLabel);
  return modelExpectations(model).flatMap((expectation): RatingRow[] => {
    const about = { ...common, code: expectation.code, statement: expectation.statement };
    const judgement: RatingRow[] =
      expectation.judgedBy === 'nobody' || expectation.updatedAt === undefined
        ? []
        : [
            {
              ...about,
              ...judgedBy,
              kind: expectation.judgedBy === 'consensus' ? 'consensus' : 'individual',
              rating: expectation.rating.label,
              level: expectation.rating.level,
              evolution: expectation.evolution,
              justification: expectation.justification,
              strengths: expectation.strengths,
              pointsToDevelop: expectation.pointsToDevelop,
              supportLevels: expectation.supportLevels.join(', '),
              updatedAt: expectation.updatedAt,
            },
          ];
    const notes = expectation.individualNotes.map((note): RatingRow => ({
      ...about,
      participant: note.participant,
      role: note.role,
      kind: 'individual',
      rating: note.rating.label,
      level: note.rating.level,
      evolution: undefined,
      justification: note.justification,
      strengths: note.strengths,
      pointsToDevelop: note.pointsToDevelop,
      supportLevels: note.supportLevels.join(', '),
      updatedAt: note.updatedAt,
    }));
    return [...judgement, ...notes];
  });
}
