import { DEFAULT_ANONYMITY_THRESHOLD } from '../../domain/survey/anonymity';
import type { RespondentGroup } from '../../domain/survey/respondent-group';
import { type OwnStatement, type Survey } from '../../domain/survey/survey';
import { draftKey } from '../drafts/draft-store';

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

/** Where the form keeps what was typed for a new bevraging (`existing` undefined) or for the one edited. */
export const surveyDraftKey = (cycleId: string, existing?: Survey): string =>
  draftKey('bevraging', cycleId, existing?.id ?? 'nieuw');
