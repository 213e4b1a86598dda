import type { Evidence } from '../evidence';
import type { Voice } from '../evidence-vocabulary';
import type { ExpectationCode } from '../framework/expectation-code';
import type { SupportLevel } from '../framework/support-level';
import type { Questionnaire } from './questionnaire';
import type { RespondentGroup } from './respondent-group';
import type { Survey } from './survey';

/** A statement a bevraging asks, from its group's questionnaire or of its own, as a respondent reads it. */
export interface AskedStatement {
  /** The id its answers are stored under. */
  id: string;
  statement: string;
  /** The expectations its answers inform. */
  informs: ExpectationCode[];
  supportLevel?: SupportLevel;
  /** Written by the coordinator for this bevraging, not taken from the questionnaire. */
  own: boolean;
}

/**
 * The statements the bevraging asks, in the order asked: the questionnaire's chosen ones, then its own. An id
 * the questionnaire no longer has is left out: a statement is never reworded under the same id, but a later
 * version of the questionnaire may have dropped it.
 */
export function askedStatements(
  survey: Pick<Survey, 'itemIds' | 'ownStatements'>,
  questionnaire: Pick<Questionnaire, 'items'>,
): AskedStatement[] {
  const byId = new Map(questionnaire.items.map((item) => [item.id, item]));
  const fromQuestionnaire = survey.itemIds.flatMap((id) => {
    const item = byId.get(id);
    return item ? [{ ...item, own: false }] : [];
  });
  return [...fromQuestionnaire, ...survey.ownStatements.map((statement) => ({ ...statement, own: true }))];
}

/** The statements of the questionnaire that inform an expectation in scope: what a new bevraging proposes. */
export function proposedItemIds(
  questionnaire: Pick<Questionnaire, 'items'>,
  scope: readonly ExpectationCode[],
): string[] {
  return questionnaire.items
    .filter((item) => item.informs.some((code) => scope.includes(code)))
    .map((item) => item.id);
}

const VOICE_OF_GROUP: Record<RespondentGroup, Voice> = {
  // The directie and the zorgcoördinator speak for the school team that receives leersteun.
  partnerSchools: 'schoolTeams',
  teachers: 'teachers',
  parents: 'parents',
  primaryPupils: 'pupils',
  secondaryPupils: 'pupils',
  clb: 'clb',
  supportStaff: 'supportStaff',
};

/** Whose perspective a bevraging of this group carries, in the evidence's vocabulary of voices. */
export function voiceOfGroup(group: RespondentGroup): Voice {
  return VOICE_OF_GROUP[group];
}

/**
 * A bevraging as a source of its cycle: of kind bevraging, with its group's voice, linked to every expectation
 * one of its statements informs, so the triangulation hint counts it beside the evidence the team added.
 */
export function surveyAsSource(
  survey: Pick<Survey, 'group' | 'itemIds' | 'ownStatements'>,
  questionnaire: Pick<Questionnaire, 'items'>,
): Pick<Evidence, 'kind' | 'voices' | 'expectationCodes'> {
  const codes = new Set(askedStatements(survey, questionnaire).flatMap((statement) => statement.informs));
  return { kind: 'survey', voices: [voiceOfGroup(survey.group)], expectationCodes: [...codes] };
}
