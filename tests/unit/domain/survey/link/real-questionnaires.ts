import { type Questionnaire } from '../../../../../src/domain/survey/questionnaire';
import { QuestionnaireSchema } from '../../../../../src/domain/survey/questionnaire-schema';
import type { RespondentGroup } from '../../../../../src/domain/survey/respondent-group';
import { readYamlFolder } from '../../../content/read-content';

/** The questionnaires as the site ships them (content/questionnaires/), by group. */
export function realQuestionnaire(group: RespondentGroup): Questionnaire {
  const found = readYamlFolder('questionnaires')
    .map(({ data }) => QuestionnaireSchema.parse(data))
    .find((questionnaire) => questionnaire.group === group);
  if (!found) throw new Error(`no questionnaire for ${group}`);
  return found;
}
