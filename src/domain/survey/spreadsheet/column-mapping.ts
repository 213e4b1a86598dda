import type { AnswerScale } from '../answer-scale';
import type { OpenQuestion } from '../questionnaire';
import { recogniseWord, wordKey, type WordChoice } from './answer-words';
import { normalise, similarity } from './normalise';
import { personalColumn, type PersonalColumn } from './personal-columns';
import type { Sheet } from './sheet';

/** What the spreadsheet is matched against: the bevraging's statements (numbered as asked), open questions, scale. */
export interface SpreadsheetQuestions {
  /** The statements in the order asked; the first is number 1, as on paper and in the exported questionnaire. */
  statements: readonly { id: string; statement: string }[];
  openQuestions: readonly OpenQuestion[];
  scale: AnswerScale;
}

/** What a column's cells are taken as. */
export type ColumnUse = { kind: 'statement'; id: string } | { kind: 'open'; id: string } | { kind: 'unused' };

/** One column of the sheet with what the import does with it. */
export interface ColumnPlan {
  /** Its place in the sheet, from 0. */
  index: number;
  header: string;
  /** Set when the column carries personal data: it is dropped, and cannot be used for anything. */
  dropped?: PersonalColumn;
  use: ColumnUse;
}

/** One answer word found in the statements' columns, and what it counts as (undefined: not known yet). */
export interface AnswerWord {
  /** Normalised: the same word written otherwise is the same entry. */
  key: string;
  /** As first found in the sheet. */
  text: string;
  choice: WordChoice | undefined;
}

/** Below this likeness a header is not taken for a statement or question. */
const MIN_LIKENESS = 0.55;

/** "3. Mijn kind…", "3) …", "Vraag 3", "Stelling 3 – …": the number in front, and the text after it. */
function numbered(header: string): { number?: number; rest: string } {
  const match = /^\s*(?:(?:vraag|stelling|item|q)\s*)?(\d{1,2})\s*(?:[.):–-]\s*|\s+|$)/i.exec(header);
  return match ? { number: Number(match[1]), rest: header.slice(match[0].length) } : { rest: header };
}

/** The parts of a header that may hold a statement: all of it, what follows its number, what is in brackets. */
function headerTexts(header: string): string[] {
  const brackets = [...header.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1] ?? '');
  return [header, numbered(header).rest, ...brackets].filter((text) => normalise(text) !== '');
}

/** Below this likeness the words after a number say it is another statement, whatever the number. */
const OTHER_WORDS = 0.3;

/**
 * How well a header fits a target: its number counts most, unless the words after it are plainly another
 * statement's (a form built from another bevraging numbers otherwise); the words decide between.
 */
function fit(header: string, text: string, number?: number): number {
  const likeness = Math.max(0, ...headerTexts(header).map((part) => similarity(part, text)));
  const own = numbered(header);
  const wordsAgree = normalise(own.rest) === '' || likeness >= OTHER_WORDS;
  if (number !== undefined && own.number === number && wordsAgree) return 0.8 + 0.2 * likeness;
  return likeness;
}

/**
 * Proposes what each column is: personal data is dropped first; then each statement and open question is given
 * the column that fits it best (by item number and words), best fits first, each target once. What fits
 * nothing well enough is not used. The coordinator corrects the proposal in the mapping form.
 */
export function proposeColumns(sheet: Sheet, questions: SpreadsheetQuestions): ColumnPlan[] {
  const columns: ColumnPlan[] = sheet.headers.map((header, index) => {
    const dropped = personalColumn(
      header,
      sheet.rows.map((row) => row[index] ?? ''),
    );
    return { index, header, ...(dropped ? { dropped } : {}), use: { kind: 'unused' } };
  });
  const targets: { use: ColumnUse; text: string; number?: number }[] = [
    ...questions.statements.map((statement, index) => ({
      use: { kind: 'statement', id: statement.id } as const,
      text: statement.statement,
      number: index + 1,
    })),
    ...questions.openQuestions.map((question) => ({
      use: { kind: 'open', id: question.id } as const,
      text: question.question,
    })),
  ];
  const pairs = columns
    .filter((column) => !column.dropped)
    .flatMap((column) =>
      targets.map((target) => ({ column, target, score: fit(column.header, target.text, target.number) })),
    )
    .filter((pair) => pair.score >= MIN_LIKENESS)
    .sort((a, b) => b.score - a.score || a.column.index - b.column.index);
  const taken = new Set<ColumnUse>();
  for (const { column, target } of pairs) {
    if (column.use.kind !== 'unused' || taken.has(target.use)) continue;
    column.use = target.use;
    taken.add(target.use);
  }
  return columns;
}

/**
 * The answer words in the columns used for statements, each with what it counts as: the coordinator's choice
 * when made (`chosen`, by key), else what the words say by themselves. Empty cells are no word: left open.
 */
export function answerWords(
  sheet: Sheet,
  columns: readonly ColumnPlan[],
  scale: AnswerScale,
  chosen: Readonly<Record<string, WordChoice>> = {},
): AnswerWord[] {
  const words = new Map<string, AnswerWord>();
  for (const column of columns) {
    if (column.use.kind !== 'statement') continue;
    for (const row of sheet.rows) {
      const text = row[column.index] ?? '';
      const key = wordKey(text);
      if (key === '' || words.has(key)) continue;
      words.set(key, { key, text, choice: chosen[key] ?? recogniseWord(text, scale) });
    }
  }
  return [...words.values()];
}

/** The statements and questions two or more columns are used for: each can be read from one column only. */
export function usedTwice(columns: readonly ColumnPlan[]): Exclude<ColumnUse, { kind: 'unused' }>[] {
  const uses = new Map<string, { use: Exclude<ColumnUse, { kind: 'unused' }>; count: number }>();
  for (const { use } of columns) {
    if (use.kind === 'unused') continue;
    const key = `${use.kind}:${use.id}`;
    uses.set(key, { use, count: (uses.get(key)?.count ?? 0) + 1 });
  }
  return [...uses.values()].filter((entry) => entry.count > 1).map((entry) => entry.use);
}
