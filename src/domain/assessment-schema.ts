import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { ExpectationCodeSchema } from './framework/expectation-code-schema';
import { LevelIdSchema, RatingStateIdSchema } from './framework/scale-schema';
import { SupportLevelSchema } from './framework/support-level-schema';
import { FreeTextSchema, RecordIdSchema, RecordMetaSchema } from './record-schema';

/** An answer on the development scale: one of the four levels, or a state that is not a level. */
export const RatingSchema = lazySchema(() => z.union([LevelIdSchema, RatingStateIdSchema]));

/** One good-practice criterion as the team ticked it, with the evidence that backs it. */
export const CriterionCheckSchema = lazySchema(() =>
  z.object({
    /** Id of the criterion (content/good-practice-criteria.yaml). */
    criterionId: z.string().check(z.minLength(1)),
    /** Whether the team says the practice meets it. */
    met: z.boolean(),
    /** Evidence records that back it. */
    evidenceIds: z._default(z.array(RecordIdSchema), []),
    /** Read in from a member's contribution: the member backed it with a source that stayed on their device. */
    backedByMember: z.optional(z.boolean()),
  }),
);

/** The good practice that justifies level 4 ("overstijgt de verwachting"). */
export const GoodPracticeSchema = lazySchema(() =>
  z.object({
    /** What the practice is, in the team's words. */
    description: z._default(FreeTextSchema, ''),
    /** The inspectorate's five criteria as ticked. */
    criteria: z._default(z.array(CriterionCheckSchema), []),
  }),
);

/** Whose judgement an assessment is: one participant's, or the team's agreed consensus. */
export const AssessmentKindSchema = lazySchema(() => z.enum(['individual', 'consensus']));

/** One judgement of one expectation in one cycle. */
export const AssessmentSchema = lazySchema(() =>
  z
    .extend(RecordMetaSchema, {
      /** The cycle it belongs to. */
      cycleId: RecordIdSchema,
      /** The expectation judged. */
      expectationCode: ExpectationCodeSchema,
      /** A participant's own judgement or the team's consensus. */
      kind: AssessmentKindSchema,
      /** The participant who judged; absent for a consensus. */
      participantId: z.optional(RecordIdSchema),
      /** Level on the development scale, or not rated / more information needed / not in focus. */
      rating: z._default(RatingSchema, 'notRated'),
      /** Why this level. */
      justification: z._default(FreeTextSchema, ''),
      /** Sterktes. */
      strengths: z._default(FreeTextSchema, ''),
      /** Ontwikkelpunten. */
      pointsToDevelop: z._default(FreeTextSchema, ''),
      /** The ondersteuningsniveaus it concerns. */
      supportLevels: z._default(z.array(SupportLevelSchema), []),
      /** The good practice, when the rating is level 4. */
      goodPractice: z.optional(GoodPracticeSchema),
    })
    .check(
      z.refine(
        (assessment) => (assessment.kind === 'individual') === (assessment.participantId !== undefined),
        {
          error: 'een individuele beoordeling hoort bij een deelnemer, een consensus bij niemand',
          path: ['participantId'],
        },
      ),
    ),
);
