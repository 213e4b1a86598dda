import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SlugSchema, TextSchema } from '../framework/content-id';
import { ExpectationCodeSchema } from '../framework/expectation-code-schema';
import { SupportLevelSchema } from '../framework/support-level-schema';
import { hasUniqueIds } from './answer-scale';
import { AnswerScaleSchema } from './answer-scale-schema';
import { RespondentGroupSchema } from './respondent-group-schema';

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

/** A question answered in the respondent's own words. */
export const OpenQuestionSchema = lazySchema(() =>
  z.object({
    /** Stable id stored in answers. */
    id: SlugSchema,
    /** The question as the respondent reads it. */
    question: TextSchema,
  }),
);

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

/** The questionnaires as the build publishes them (src/pages/app/vragenlijsten.json.ts). */
export const QuestionnaireListSchema = lazySchema(() => z.array(QuestionnaireSchema));
