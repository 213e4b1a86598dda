import { LABEL_MAX_LENGTH, MAX_TEXT_LENGTH } from '../../domain/record';
import { LabelSchema } from '../../domain/record-schema';
import { MIN_ANONYMITY_THRESHOLD } from '../../domain/survey/anonymity';
import type { Survey } from '../../domain/survey/survey';
import { createSurvey } from '../../domain/survey/survey-schema';
import * as strings from '../strings';
import type { SurveyDraft, SurveyErrors } from './survey-draft';

// What a draft may become, checked with the record's own schemas: loaded with the form, not with the page.

/** A whole number typed in a field, or undefined when the text is not one. */
function wholeNumber(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}

/** The problems that keep a draft from being saved, in Dutch; empty when it can be saved. */
export function surveyErrorsOf(draft: SurveyDraft): SurveyErrors {
  const messages = strings.surveyForm.errors;
  const errors: SurveyErrors = {};
  if (!draft.group) errors.group = messages.group;
  else if (draft.itemIds.length + draft.ownStatements.length === 0) errors.itemIds = messages.statements;
  draft.ownStatements.forEach((own, index) => {
    if (!own.statement.trim()) errors[`own-${own.id}`] = messages.ownText(index + 1);
    else if (!LabelSchema.safeParse(own.statement).success)
      errors[`own-${own.id}`] = messages.ownTooLong(index + 1, LABEL_MAX_LENGTH);
    if (own.informs.length === 0) errors[`own-${own.id}-informs`] = messages.ownInforms(index + 1);
  });
  if (draft.introduction.trim().length > MAX_TEXT_LENGTH)
    errors.introduction = messages.introduction(MAX_TEXT_LENGTH);
  if (!draft.startDate) errors.startDate = messages.startDate;
  if (!draft.endDate) errors.endDate = messages.endDate;
  else if (draft.startDate && draft.endDate < draft.startDate) errors.endDate = messages.endBeforeStart;
  if ((wholeNumber(draft.askedCount) ?? 0) < 1) errors.askedCount = messages.askedCount;
  if ((wholeNumber(draft.anonymityThreshold) ?? 0) < MIN_ANONYMITY_THRESHOLD)
    errors.anonymityThreshold = messages.threshold(MIN_ANONYMITY_THRESHOLD);
  return errors;
}

/** The record a valid draft (see surveyErrorsOf) saves: a new bevraging of the cycle, or the edited one. */
export function surveyFromDraft(draft: SurveyDraft, cycleId: string, existing?: Survey): Survey {
  if (!draft.group) throw new Error('a bevraging needs a group');
  const fields = {
    group: draft.group,
    itemIds: draft.itemIds,
    ownStatements: draft.ownStatements.map((own) => ({ ...own, statement: own.statement.trim() })),
    introduction: draft.introduction.trim(),
    startDate: draft.startDate,
    endDate: draft.endDate,
    askedCount: Number(draft.askedCount),
    anonymityThreshold: Number(draft.anonymityThreshold),
  };
  return existing ? { ...existing, ...fields } : createSurvey({ cycleId, ...fields });
}
