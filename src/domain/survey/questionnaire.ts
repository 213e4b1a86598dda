import type * as z from 'zod/mini';
import type { SurveyItemSchema, OpenQuestionSchema, QuestionnaireSchema } from './questionnaire-schema';
import { type ExpectationCode } from '../framework/expectation-code';
import { RESPONDENT_GROUPS } from './respondent-group';

/** One statement a respondent answers on the group's scale. Written by us, never the referentiekader's words. */
export type SurveyItem = z.output<typeof SurveyItemSchema>;

/** A question answered in the respondent's own words. */
export type OpenQuestion = z.output<typeof OpenQuestionSchema>;

/**
 * The questionnaire for one respondent group (content/questionnaires/): our own text, shown apart from and
 * labelled unlike the referentiekader.
 */
export type Questionnaire = z.output<typeof QuestionnaireSchema>;

/** Whether one of the questionnaire's statements informs the expectation. */
export function informs(questionnaire: Questionnaire, code: ExpectationCode): boolean {
  return questionnaire.items.some((item) => item.informs.includes(code));
}

/**
 * What is wrong with the questionnaires as a set, each already schema-valid: a group without or with two
 * questionnaires, an item or open question id used twice (answers are stored by id, across groups).
 */
export function findQuestionnaireProblems(questionnaires: readonly Questionnaire[]): string[] {
  const problems: string[] = [];
  for (const group of RESPONDENT_GROUPS) {
    const count = questionnaires.filter((questionnaire) => questionnaire.group === group).length;
    if (count !== 1) problems.push(`respondent group ${group} has ${count} questionnaires, not one`);
  }
  const ids = questionnaires.flatMap((questionnaire) => [
    ...questionnaire.items.map((item) => item.id),
    ...questionnaire.openQuestions.map((question) => question.id),
  ]);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`id "${id}" is used by more than one statement or open question`);
    seen.add(id);
  }
  return problems;
}
