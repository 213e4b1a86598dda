import { getCollection } from 'astro:content';
import { RESPONDENT_GROUPS, respondentGroupSlug } from '../domain/survey/respondent-group';
import { findQuestionnaireProblems, informs, type Questionnaire } from '../domain/survey/questionnaire';
import type { ExpectationCode } from '../domain/framework/expectation-code';

let loading: Promise<Questionnaire[]> | undefined;

async function load(): Promise<Questionnaire[]> {
  const entries = await getCollection('questionnaires');
  const questionnaires = entries.map((entry) => entry.data);
  const problems = findQuestionnaireProblems(questionnaires);
  for (const entry of entries) {
    const slug = respondentGroupSlug(entry.data.group);
    if (entry.id !== slug)
      problems.push(`content/questionnaires/${entry.id}.yaml should be named ${slug}.yaml`);
  }
  // Failing here fails `astro build`, so a questionnaire with a broken id never reaches a respondent.
  if (problems.length > 0)
    throw new Error(`The questionnaires are inconsistent:\n  - ${problems.join('\n  - ')}`);
  return questionnaires.sort(
    (a, b) => RESPONDENT_GROUPS.indexOf(a.group) - RESPONDENT_GROUPS.indexOf(b.group),
  );
}

/** The questionnaires of all respondent groups, in the groups' order; loaded and checked once per build. */
export function getQuestionnaires(): Promise<Questionnaire[]> {
  loading ??= load();
  return loading;
}

/** One static page per questionnaire, at its group's slug (`ouders`), with the questionnaire as props. */
export async function questionnairePaths() {
  const questionnaires = await getQuestionnaires();
  return questionnaires.map((questionnaire) => ({
    params: { group: respondentGroupSlug(questionnaire.group) },
    props: { questionnaire },
  }));
}

/** The questionnaires with at least one statement informing an expectation, for its page. */
export async function questionnairesInforming(code: ExpectationCode): Promise<Questionnaire[]> {
  const questionnaires = await getQuestionnaires();
  return questionnaires.filter((questionnaire) => informs(questionnaire, code));
}
