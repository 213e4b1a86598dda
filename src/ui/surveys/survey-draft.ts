import { LABEL_MAX_LENGTH, MAX_TEXT_LENGTH } from '../../domain/record';
import { LabelSchema } from '../../domain/record-schema';
import { MIN_ANONYMITY_THRESHOLD, DEFAULT_ANONYMITY_THRESHOLD } from '../../domain/survey/anonymity';
import type { RespondentGroup } from '../../domain/survey/respondent-group';
import { type OwnStatement, type Survey } from '../../domain/survey/survey';
import { createSurvey } from '../../domain/survey/survey-schema';
import * as strings from '../strings';

/** The bevraging form's contents as the coordinator typed them; a Survey record only once saved. */
export interface SurveyDraft {
  /** Empty until a group is chosen: the statements proposed depend on it. */
  group: RespondentGroup | '';
  itemIds: string[];
  ownStatements: OwnStatement[];
  introduction: string;
  startDate: string;
  endDate: string;
  /** As typed: a number field can hold text that is not (yet) a number. */
  askedCount: string;
  anonymityThreshold: string;
}

/** The fields that can be wrong; an own statement's are named by its id. */
export type SurveyField =
  | 'group'
  | 'itemIds'
  | 'introduction'
  | 'startDate'
  | 'endDate'
  | 'askedCount'
  | 'anonymityThreshold'
  | `own-${string}`
  | `own-${string}-informs`;

export type SurveyErrors = Partial<Record<SurveyField, string>>;

/** How long a new bevraging runs unless the coordinator says otherwise: four weeks from today. */
const DEFAULT_DAYS = 28;

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A new draft: no group yet, a period from today, the default threshold. */
export function newSurveyDraft(today: string): SurveyDraft {
  return {
    group: '',
    itemIds: [],
    ownStatements: [],
    introduction: '',
    startDate: today,
    endDate: addDays(today, DEFAULT_DAYS),
    askedCount: '',
    anonymityThreshold: String(DEFAULT_ANONYMITY_THRESHOLD),
  };
}

/** A draft holding a stored bevraging, to edit it. */
export function draftOfSurvey(survey: Survey): SurveyDraft {
  return {
    group: survey.group,
    itemIds: survey.itemIds,
    ownStatements: survey.ownStatements,
    introduction: survey.introduction,
    startDate: survey.startDate,
    endDate: survey.endDate,
    askedCount: String(survey.askedCount),
    anonymityThreshold: String(survey.anonymityThreshold),
  };
}

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

/** A new own statement: its id is made now, so answers are stored under it for as long as it exists. */
export function newOwnStatement(): OwnStatement {
  return { id: crypto.randomUUID(), statement: '', informs: [] };
}

/**
 * What the form works on for a bevraging whose group and statements are frozen (it has answers): the draft's
 * other fields with the stored group and statements, so that a draft left over from an earlier edit cannot
 * show or save other ones. Without `frozen` the draft as it is.
 */
export function withFrozenStatements(draft: SurveyDraft, frozen: Survey | undefined): SurveyDraft {
  if (!frozen) return draft;
  return {
    ...draft,
    group: frozen.group,
    itemIds: [...frozen.itemIds],
    ownStatements: frozen.ownStatements.map((own) => ({ ...own, informs: [...own.informs] })),
  };
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
