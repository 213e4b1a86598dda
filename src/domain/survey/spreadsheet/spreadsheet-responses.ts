import { MAX_TEXT_LENGTH, newRecordId } from '../../record';
import type { SurveyResponse } from '../survey-response';
import { LEFT_OPEN, wordKey, type WordChoice } from './answer-words';
import type { AnswerWord, ColumnPlan } from './column-mapping';
import type { Sheet } from './sheet';

/** A cell whose answer words are not known: the message names its row and column. */
export interface UnknownAnswer {
  /** The row's number in the spreadsheet. */
  row: number;
  header: string;
  text: string;
}

/** Per statement, how many answers of each kind the import adds: the preview before confirming. */
export interface StatementCounts {
  id: string;
  /** Per scale point id, and `dontKnow`. */
  counts: Record<string, number>;
  /** Rows that left it open (empty, or a word counted as left open). */
  leftOpen: number;
}

/** What the sheet gives under a mapping: the answers to store, or the cells still in the way. */
export interface SpreadsheetOutcome {
  responses: SurveyResponse[];
  unknown: UnknownAnswer[];
  counts: StatementCounts[];
  /** Rows with nothing in a used column: no response is made of them. */
  emptyRows: number;
}

/**
 * The responses a sheet gives under a mapping: one per row with at least one answer, holding only the cells
 * of the columns used (a dropped or unused column never reaches a response), under a new random id, in no
 * order that says anything. A cell whose words are not known is listed in `unknown`, unless `unknownLeftOpen`
 * treats it as not answered.
 */
export function spreadsheetResponses(
  sheet: Sheet,
  columns: readonly ColumnPlan[],
  words: readonly AnswerWord[],
  options: { surveyId: string; sourceFile: string; unknownLeftOpen: boolean },
): SpreadsheetOutcome {
  const choices = new Map<string, WordChoice | undefined>(words.map((word) => [word.key, word.choice]));
  const statementColumns = columns.filter((column) => !column.dropped && column.use.kind === 'statement');
  const openColumns = columns.filter((column) => !column.dropped && column.use.kind === 'open');
  const counts = new Map<string, StatementCounts>();
  for (const { use } of statementColumns) {
    if (use.kind === 'statement') counts.set(use.id, { id: use.id, counts: {}, leftOpen: 0 });
  }
  const unknown: UnknownAnswer[] = [];
  const responses: SurveyResponse[] = [];
  let emptyRows = 0;
  sheet.rows.forEach((row, rowIndex) => {
    const answers: Record<string, string> = {};
    const openAnswers: Record<string, string> = {};
    for (const column of statementColumns) {
      if (column.use.kind !== 'statement') continue;
      const text = row[column.index] ?? '';
      const key = wordKey(text);
      const choice = key === '' ? LEFT_OPEN : choices.get(key);
      const tally = counts.get(column.use.id);
      if (choice === undefined) {
        unknown.push({ row: sheet.rowNumbers[rowIndex] ?? rowIndex + 2, header: column.header, text });
        if (tally && options.unknownLeftOpen) tally.leftOpen++;
      } else if (choice === LEFT_OPEN) {
        if (tally) tally.leftOpen++;
      } else {
        answers[column.use.id] = choice;
        if (tally) tally.counts[choice] = (tally.counts[choice] ?? 0) + 1;
      }
    }
    for (const column of openColumns) {
      const text = (row[column.index] ?? '').trim().slice(0, MAX_TEXT_LENGTH);
      if (column.use.kind === 'open' && text !== '') openAnswers[column.use.id] = text;
    }
    if (Object.keys(answers).length === 0 && Object.keys(openAnswers).length === 0) {
      emptyRows++;
      return;
    }
    responses.push({
      id: newRecordId(),
      surveyId: options.surveyId,
      answers,
      openAnswers,
      channel: 'spreadsheet',
      sourceFile: options.sourceFile,
    });
  });
  return {
    responses,
    unknown: options.unknownLeftOpen ? [] : unknown,
    counts: [...counts.values()],
    emptyRows,
  };
}
