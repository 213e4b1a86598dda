import type { SectionOf } from '../domain/report/section-types';
import { changeText } from './evolution-text';

type Overview = SectionOf<'overview'>;

/**
 * A piece of a line of the summary in front: a lead in bold ("in orde: ") and its value ("3"). The checklist,
 * who took part and the changes are lines, not tables, on the report page and in Word alike: each is a few
 * words, and a table's header, borders and padding would push the summary past one page (looked at in
 * LibreOffice with two bevragingen and a previous cycle).
 */
export interface LinePiece {
  lead: string;
  value: string;
}

/** What stands between two pieces of one line. */
export const PIECE_SEPARATOR = ' · ';

/** The checklist's state on one line: "in orde: 3 · deels in orde: 1 · …". */
export function operationsLine(part: NonNullable<Overview['operations']>): LinePiece[] {
  return part.counts.map((row) => ({ lead: `${row.status}: `, value: String(row.count) }));
}

/** Who took part, a line per row: "Deelnemers: 3 (coördinator 1, …)". */
export function participationLines(part: NonNullable<Overview['participation']>): LinePiece[][] {
  return part.rows.map((row) => [{ lead: `${row.label}: `, value: row.value }]);
}

/** The changes on one line: "gestegen (▲): R1 · gelijk (=): R2, M2 · …". */
export function evolutionLine(part: NonNullable<Overview['evolution']>): LinePiece[] {
  return part.rows.map((row) => ({ lead: `${changeText(row.change)}: `, value: row.codes.join(', ') }));
}
