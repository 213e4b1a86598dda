import { DONT_KNOW, type AnswerScale } from './answer-scale';
import type { SurveyResponse } from './survey-response';

/**
 * Typing in paper forms, one digit per statement, as the form prints them beside its boxes: 1 … n for the
 * points of the scale lowest first, 0 for "weet ik niet", and a space (shown as `-`) for a statement the
 * respondent left open. A cell not typed yet is empty: a row is stored only once every cell is typed, so a
 * form interrupted halfway never becomes an answer.
 */

/** A cell for a statement the respondent left open: typed as a space or a dash. */
export const LEFT_OPEN = '-';

/** The digit typed for "weet ik niet". */
export const DONT_KNOW_DIGIT = '0';

/** One paper form as typed: a cell per statement in the order printed, and the open answers by question id. */
export interface PaperRow {
  /** Per statement: '' not typed yet, `-` left open, `0` weet ik niet, `1` … `n` a point of the scale. */
  cells: string[];
  /** Per open question id, the words copied from the form. */
  openAnswers: Record<string, string>;
}

/** A row with nothing typed, for a form of `statements` statements. */
export function emptyPaperRow(statements: number): PaperRow {
  return { cells: Array.from({ length: statements }, () => ''), openAnswers: {} };
}

/** The cell a key stands for on this scale, or undefined when the key means nothing here (9 on four points). */
export function cellOfKey(key: string, scale: Pick<AnswerScale, 'options'>): string | undefined {
  if (key === ' ' || key === LEFT_OPEN) return LEFT_OPEN;
  if (!/^[0-9]$/.test(key)) return undefined;
  return Number(key) <= scale.options.length ? key : undefined;
}

/** The answer a typed cell stands for: a point's id, `dontKnow`, or undefined when left open or not typed. */
export function answerOfCell(cell: string, scale: Pick<AnswerScale, 'options'>): string | undefined {
  if (cell === DONT_KNOW_DIGIT) return DONT_KNOW;
  return /^[1-9]$/.test(cell) ? scale.options[Number(cell) - 1]?.id : undefined;
}

/** The cell that stands for a stored answer: what was typed for it. */
export function cellOfAnswer(answer: string | undefined, scale: Pick<AnswerScale, 'options'>): string {
  if (answer === DONT_KNOW) return DONT_KNOW_DIGIT;
  const index = scale.options.findIndex((option) => option.id === answer);
  return index < 0 ? LEFT_OPEN : String(index + 1);
}

/** What storing a row would give, or why it cannot be stored yet. */
export type PaperRowOutcome =
  | { ok: true; answers: Record<string, string>; openAnswers: Record<string, string> }
  /** Statements not typed yet, by their number on the form (1-based). */
  | { ok: false; problem: 'untyped'; numbers: number[] }
  /** Every statement left open and no words: a blank form is no answer. */
  | { ok: false; problem: 'blank' };

/**
 * The answers of a row, by statement id, once every cell is typed with a cell this scale knows; the open
 * answers trimmed, empty ones left out.
 */
export function answersOfPaperRow(
  row: PaperRow,
  statementIds: readonly string[],
  scale: Pick<AnswerScale, 'options'>,
): PaperRowOutcome {
  const untyped = statementIds.flatMap((_, index) => {
    const cell = row.cells[index] ?? '';
    return cell === '' || cellOfKey(cell, scale) === undefined ? [index + 1] : [];
  });
  if (untyped.length > 0) return { ok: false, problem: 'untyped', numbers: untyped };
  const answers: Record<string, string> = {};
  statementIds.forEach((id, index) => {
    const answer = answerOfCell(row.cells[index] ?? '', scale);
    if (answer !== undefined) answers[id] = answer;
  });
  const openAnswers = Object.fromEntries(
    Object.entries(row.openAnswers)
      .map(([id, words]) => [id, words.trim()] as const)
      .filter(([, words]) => words !== ''),
  );
  if (Object.keys(answers).length === 0 && Object.keys(openAnswers).length === 0) {
    return { ok: false, problem: 'blank' };
  }
  return { ok: true, answers, openAnswers };
}

/** A stored paper answer as the row that was typed for it, to fix it. */
export function paperRowOf(
  response: Pick<SurveyResponse, 'answers' | 'openAnswers'>,
  statementIds: readonly string[],
  scale: Pick<AnswerScale, 'options'>,
): PaperRow {
  return {
    cells: statementIds.map((id) => cellOfAnswer(response.answers[id], scale)),
    openAnswers: { ...response.openAnswers },
  };
}

/** How the typed forms fall per statement: per digit (index 0 "weet ik niet", 1 … n the scale), and left open. */
export interface PaperTally {
  digits: number[];
  leftOpen: number;
}

/** Per statement, how the rows answered it so far; a cell not typed yet counts nowhere. */
export function tallyPaperRows(
  rows: readonly PaperRow[],
  statements: number,
  scale: Pick<AnswerScale, 'options'>,
): PaperTally[] {
  return Array.from({ length: statements }, (_, index) => {
    const tally: PaperTally = {
      digits: Array.from({ length: scale.options.length + 1 }, () => 0),
      leftOpen: 0,
    };
    for (const row of rows) {
      const cell = cellOfKey(row.cells[index] ?? '', scale);
      if (cell === LEFT_OPEN) tally.leftOpen++;
      else if (cell !== undefined) tally.digits[Number(cell)] = (tally.digits[Number(cell)] ?? 0) + 1;
    }
    return tally;
  });
}
