import type { RatingRow } from '../../domain/report/rating-rows';
import { changeText } from '../evolution-text';
import { writeCsv } from './write-csv';

/** The column headings and the words for the kind of judgement, in the user's language. */
export interface RatingsCsvLabels {
  csvHeader: readonly string[];
  csvKinds: Record<RatingRow['kind'], string>;
}

/**
 * The ratings as a CSV file for Excel: one row per participant × expectation, plus the team's consensus with,
 * after a comparable previous cycle, its judgement there and the change ("gestegen (▲)": the word first, so
 * "=" never starts a cell).
 */
export function ratingsCsv(rows: readonly RatingRow[], labels: RatingsCsvLabels): string {
  return writeCsv(
    labels.csvHeader,
    rows.map((row) => [
      row.cycle,
      row.schoolYear,
      row.code,
      row.statement,
      row.participant,
      row.role,
      labels.csvKinds[row.kind],
      row.rating,
      row.level,
      row.evolution?.previous.label ?? '',
      row.evolution?.previous.level,
      row.evolution === undefined ? '' : changeText(row.evolution.change),
      row.justification,
      row.strengths,
      row.pointsToDevelop,
      row.supportLevels,
      row.updatedAt,
    ]),
  );
}
