import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SlugSchema } from '../framework/content-id';
import { ExpectationCodeSchema } from '../framework/expectation-code-schema';
import {
  CalendarDateSchema,
  FreeTextSchema,
  LabelSchema,
  RecordIdSchema,
  RecordMetaSchema,
  TimestampSchema,
} from '../record-schema';
import { DEFAULT_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD } from './anonymity';
import { RespondentGroupSchema } from './respondent-group-schema';
import { MAX_OWN_STATEMENTS } from './survey';
import { newRecordMeta } from '../record';
import type { Survey } from './survey';

/** A statement the coordinator adds to a bevraging, answered on the group's scale like the questionnaire's. */
export const OwnStatementSchema = lazySchema(() =>
  z.object({
    /** Random UUID: answers are stored by it, and it never collides with a questionnaire item's id. */
    id: RecordIdSchema,
    /** The statement as the respondent reads it. */
    statement: LabelSchema,
    /** The expectations its answers inform, at least one. */
    informs: z.array(ExpectationCodeSchema).check(z.minLength(1, { error: 'noem minstens één verwachting' })),
  }),
);

/** One bevraging: a cycle asks one respondent group a set of statements over a period. */
export const SurveySchema = lazySchema(() =>
  z
    .extend(RecordMetaSchema, {
      /** The cycle it informs. */
      cycleId: RecordIdSchema,
      /** Whom it asks; the group's questionnaire gives the scale and the open questions. */
      group: RespondentGroupSchema,
      /** The ids of the questionnaire's statements it asks, in the order asked. */
      itemIds: z.array(SlugSchema),
      /** Up to ten statements of its own. */
      ownStatements: z._default(
        z
          .array(OwnStatementSchema)
          .check(
            z.maxLength(MAX_OWN_STATEMENTS, { error: `hoogstens ${MAX_OWN_STATEMENTS} eigen stellingen` }),
          ),
        [],
      ),
      /** A short introduction the respondent reads first, in place of the questionnaire's. */
      introduction: z._default(FreeTextSchema, ''),
      /** First day answers are taken. */
      startDate: CalendarDateSchema,
      /** Last day answers are taken. */
      endDate: CalendarDateSchema,
      /** How many people were asked: the response rate's denominator. */
      askedCount: z.number().check(z.int(), z.gte(1, { error: 'vraag minstens één persoon' })),
      /** Fewer answers than this and a result is not shown; at least three. */
      anonymityThreshold: z._default(
        z.number().check(z.int(), z.gte(MIN_ANONYMITY_THRESHOLD, { error: 'de drempel is minstens drie' })),
        DEFAULT_ANONYMITY_THRESHOLD,
      ),
      /** When the coordinator stopped taking answers before the period ended; results show from then on. */
      closedAt: z.optional(TimestampSchema),
    })
    .check(
      z.refine((survey) => survey.itemIds.length + survey.ownStatements.length > 0, {
        error: 'een bevraging heeft minstens één stelling',
        path: ['itemIds'],
      }),
      z.refine(
        (survey) => {
          const ids = [...survey.itemIds, ...survey.ownStatements.map((statement) => statement.id)];
          return new Set(ids).size === ids.length;
        },
        { error: 'een stelling staat er twee keer in', path: ['itemIds'] },
      ),
      z.refine((survey) => survey.startDate <= survey.endDate, {
        error: 'de periode eindigt vóór ze begint',
        path: ['endDate'],
      }),
    ),
);

/** A new bevraging, with the defaults filled in; throws when the input breaks a rule of the schema. */
export function createSurvey(
  input: Pick<Survey, 'cycleId' | 'group' | 'itemIds' | 'startDate' | 'endDate' | 'askedCount'> &
    Partial<Omit<Survey, 'id' | 'createdAt' | 'updatedAt'>>,
  now?: Date,
): Survey {
  return SurveySchema.parse({ ...newRecordMeta(now), ...input });
}
