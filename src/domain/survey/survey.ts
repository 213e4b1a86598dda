import type * as z from 'zod/mini';
import type { OwnStatementSchema, SurveySchema } from './survey-schema';
import { RESPONDENT_GROUPS } from './respondent-group';
import { compareCodes } from '../code-order';

/** At most this many statements of its own per bevraging, as SELFIE allows. */
export const MAX_OWN_STATEMENTS = 10;

/** A statement the coordinator adds to a bevraging, answered on the group's scale like the questionnaire's. */
export type OwnStatement = z.output<typeof OwnStatementSchema>;

/** One bevraging: a cycle asks one respondent group a set of statements over a period. */
export type Survey = z.output<typeof SurveySchema>;

/**
 * Whether the bevraging takes no more answers: closed by the coordinator, or its period is over. Only then are
 * its results shown: results that change while answers come in would show, by comparing before and after, what
 * one respondent answered.
 */
export function isSurveyFinished(survey: Pick<Survey, 'closedAt' | 'endDate'>, today: string): boolean {
  return survey.closedAt !== undefined || survey.endDate < today;
}

/** Bevragingen in the one order every view lists them: by first day, then by group, then oldest first. */
export function inSurveyOrder(surveys: readonly Survey[]): Survey[] {
  return [...surveys].sort(
    (a, b) =>
      compareCodes(a.startDate, b.startDate) ||
      RESPONDENT_GROUPS.indexOf(a.group) - RESPONDENT_GROUPS.indexOf(b.group) ||
      compareCodes(a.createdAt, b.createdAt),
  );
}

/** Whether two copies of a bevraging ask the same statements (ids, own words, what they inform), in one order. */
export function asksSameStatements(
  a: Pick<Survey, 'itemIds' | 'ownStatements'>,
  b: Pick<Survey, 'itemIds' | 'ownStatements'>,
): boolean {
  return JSON.stringify([a.itemIds, a.ownStatements]) === JSON.stringify([b.itemIds, b.ownStatements]);
}
