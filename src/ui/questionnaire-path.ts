import { respondentGroupSlug, type RespondentGroup } from '../domain/survey/respondent-group';
import { sitePath } from './site-path';

/** The page of all questionnaires, or of one respondent group's. */
export function questionnairePath(group?: RespondentGroup): string {
  return sitePath(group ? `vragenlijsten/${respondentGroupSlug(group)}/` : 'vragenlijsten/');
}
