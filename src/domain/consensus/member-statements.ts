import type { OwnAssessment } from '../aggregation';
import type { Participant } from '../participant';

/** The texts of an assessment the team can assemble from its members' statements. */
export type AssembledField = 'strengths' | 'pointsToDevelop';

/** One statement a member wrote, for the team to pick into its own text. */
export interface MemberStatement {
  /** The statement as written: one line, without a leading bullet or number. */
  text: string;
  /** Who wrote it (the same words, case and spacing aside), in participant order. */
  authors: Participant[];
}

/** A leading list marker a member may have typed: "-", "–", "•", "*", "·", or "1." / "1)". */
const LIST_MARKER = /^(?:[-–•*·]|\d+[.)])\s+/;

/** The statements of a text: its non-empty lines, trimmed and without list markers. */
export function splitStatements(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(LIST_MARKER, '').trim())
    .filter((line) => line !== '');
}

/** A statement reduced to what makes it the same statement: its words, in lower case. */
function sameness(statement: string): string {
  return statement.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl-BE');
}

/**
 * The statements the members wrote in one field, in participant order and then line order. A statement
 * several members wrote in the same words is listed once, with all of them as authors.
 */
export function memberStatements(own: readonly OwnAssessment[], field: AssembledField): MemberStatement[] {
  const statements = new Map<string, MemberStatement>();
  for (const { participant, assessment } of own) {
    for (const text of splitStatements(assessment[field])) {
      const key = sameness(text);
      const known = statements.get(key);
      if (known === undefined) statements.set(key, { text, authors: [participant] });
      else if (!known.authors.includes(participant)) known.authors.push(participant);
    }
  }
  return [...statements.values()];
}

/** Whether a text already holds a statement as one of its lines (list markers, case and spacing aside). */
export function containsStatement(text: string, statement: string): boolean {
  const key = sameness(statement);
  return splitStatements(text).some((line) => sameness(line) === key);
}

/**
 * The team's text with the picked statements added: each on a line of its own after what is there, in the
 * order picked; one the text already holds (or picked twice) is not added again. The text is never changed
 * otherwise, so what the team edited stays as it is.
 */
export function withStatements(text: string, picked: readonly string[]): string {
  let result = text;
  for (const statement of picked) {
    if (containsStatement(result, statement)) continue;
    const separator = result.trim() === '' ? '' : result.endsWith('\n') ? '' : '\n';
    result = `${result.trim() === '' ? '' : result}${separator}${statement}`;
  }
  return result;
}
