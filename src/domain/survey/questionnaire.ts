import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SlugSchema, TextSchema } from '../framework/content-id';
import { ExpectationCodeSchema, type ExpectationCode } from '../framework/expectation-code';
import { SupportLevelSchema } from '../framework/support-level';
import { AnswerScaleSchema, hasUniqueIds } from './answer-scale';
import { RESPONDENT_GROUPS, RespondentGroupSchema } from './respondent-group';

/** One statement a respondent answers on the group's scale. Written by us, never the referentiekader's words. */
export const SurveyItemSchema = lazySchema(() =>
  z.object({
    /** Stable id stored in answers; a changed statement gets a new id, so results stay comparable over years. */
    id: SlugSchema,
    /** The statement as the respondent reads it. */
    statement: TextSchema,
    /** The expectations its answers inform, at least one. */
    informs: z.array(ExpectationCodeSchema).check(
      z.minLength(1, { error: 'noem minstens één verwachting' }),
      z.refine((codes) => new Set(codes).size === codes.length, {
        error: 'een verwachting staat er twee keer',
      }),
    ),
    /** The ondersteuningsniveau it is about, where one fits. */
    supportLevel: z.optional(SupportLevelSchema),
  }),
);
export type SurveyItem = z.output<typeof SurveyItemSchema>;

/** A question answered in the respondent's own words. */
export const OpenQuestionSchema = lazySchema(() =>
  z.object({
    /** Stable id stored in answers. */
    id: SlugSchema,
    /** The question as the respondent reads it. */
    question: TextSchema,
  }),
);
export type OpenQuestion = z.output<typeof OpenQuestionSchema>;

/**
 * The questionnaire for one respondent group (content/questionnaires/): our own text, shown apart from and
 * labelled unlike the referentiekader.
 */
export const QuestionnaireSchema = lazySchema(() =>
  z
    .object({
      /** Whom it asks. */
      group: RespondentGroupSchema,
      /** Its title, e.g. "Vragenlijst voor ouders". */
      title: TextSchema,
      /** One sentence for the quality team: who exactly is asked. */
      respondents: TextSchema,
      /** Written for young readers: short sentences and a scale with pictograms beside the words. */
      easyRead: z._default(z.boolean(), false),
      /** What the respondent reads first; a bevraging may replace it with its own. */
      introduction: TextSchema,
      /** The answer scale of this group, with "weet ik niet" apart. */
      scale: AnswerScaleSchema,
      /** Eight to fifteen statements. */
      items: z
        .array(SurveyItemSchema)
        .check(
          z.minLength(8, { error: 'een vragenlijst heeft minstens acht stellingen' }),
          z.maxLength(15, { error: 'een vragenlijst heeft hoogstens vijftien stellingen' }),
          z.refine(hasUniqueIds, { error: 'twee stellingen hebben dezelfde id' }),
        ),
      /** One to three questions answered in the respondent's own words. */
      openQuestions: z
        .array(OpenQuestionSchema)
        .check(
          z.minLength(1, { error: 'stel minstens één open vraag' }),
          z.maxLength(3, { error: 'stel hoogstens drie open vragen' }),
          z.refine(hasUniqueIds, { error: 'twee open vragen hebben dezelfde id' }),
        ),
    })
    .check(
      z.refine(
        (questionnaire) =>
          !questionnaire.easyRead ||
          (questionnaire.scale.options.length === 3 &&
            questionnaire.scale.options.every((option) => option.pictogram) &&
            questionnaire.scale.dontKnow.pictogram !== undefined),
        {
          error: 'een vragenlijst in eenvoudige taal heeft drie antwoorden, elk met een pictogram',
          path: ['scale'],
        },
      ),
    ),
);
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
