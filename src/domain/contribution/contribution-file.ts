import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { RatingSchema } from '../assessment-schema';
import { type Cycle } from '../cycle';
import { SchoolYearSchema } from '../cycle-schema';
import { EXPECTATION_CODES } from '../framework/expectation-code';
import { ExpectationCodeSchema } from '../framework/expectation-code-schema';
import { SUPPORT_LEVELS } from '../framework/support-level';
import { SupportLevelSchema } from '../framework/support-level-schema';
import { type ParticipantRole } from '../participant';
import { ParticipantRoleSchema } from '../participant-schema';
import { FreeTextSchema, LabelSchema, RecordIdSchema, TimestampSchema } from '../record-schema';
import type { Assessment } from '../assessment';
import { contributedAssessment } from './contributed-assessment';
import { fileNamePart } from './file-name';
import { CONTRIBUTION_FORMAT } from './format-ids';
import { headerShape, newHeader } from './header';
import type { TeamFileFormat } from './read-file';

/**
 * Raised whenever the contribution's layout changes; older layouts keep being read. Version 2 says per
 * good-practice criterion whether the member backed it with a source, and may name the invited participant.
 */
export const CONTRIBUTION_FORMAT_VERSION = 2;

/** One good-practice criterion as the member ticked it; the sources themselves stay on the member's device. */
export const ContributedCriterionSchema = lazySchema(() =>
  z.object({
    /** Id of the criterion (content/good-practice-criteria.yaml). */
    criterionId: z.string().check(z.minLength(1)),
    /** Whether the member says the practice meets it. */
    met: z.boolean(),
    /** Whether the member linked at least one source that backs it. */
    backed: z.boolean(),
  }),
);

/** The good practice behind a member's level 4: what it is and the five criteria as the member saw them. */
export const ContributedGoodPracticeSchema = lazySchema(() =>
  z.object({
    /** What the practice is, in the member's words. */
    description: FreeTextSchema,
    /** The criteria as ticked. */
    criteria: z.array(ContributedCriterionSchema),
  }),
);
export type ContributedGoodPractice = z.output<typeof ContributedGoodPracticeSchema>;

/** One expectation as the member judged it: the assessment's content, without ids of the member's device. */
export const ContributedAssessmentSchema = lazySchema(() =>
  z.object({
    /** The expectation judged. */
    expectationCode: ExpectationCodeSchema,
    /** Level on the development scale, or not rated / more information needed / not in focus. */
    rating: RatingSchema,
    /** Why this level. */
    justification: FreeTextSchema,
    /** Sterktes. */
    strengths: FreeTextSchema,
    /** Ontwikkelpunten. */
    pointsToDevelop: FreeTextSchema,
    /** The ondersteuningsniveaus it concerns. */
    supportLevels: z.array(SupportLevelSchema),
    /** The good practice behind level 4; its criteria say whether they are backed, not by what. */
    goodPractice: z.optional(ContributedGoodPracticeSchema),
  }),
);
export type ContributedAssessment = z.output<typeof ContributedAssessmentSchema>;

/** Who hands the contribution in: a stable key, a role, and a name unless anonymous. */
export const ContributorSchema = lazySchema(() =>
  z
    .object({
      /** The member cycle's contributor key: the same in every export of that cycle. */
      key: RecordIdSchema,
      /** The role the member chose from those the invitation offered. */
      role: ParticipantRoleSchema,
      /** True when the member hands it in without their name. */
      anonymous: z.boolean(),
      /** The member's name or alias; absent when anonymous. */
      name: z.optional(LabelSchema),
      /** The team cycle's participant a personal invitation was for; absent when anonymous or from the open one. */
      participantId: z.optional(RecordIdSchema),
    })
    .check(
      z.refine((contributor) => contributor.anonymous === (contributor.name === undefined), {
        error: 'een bijdrage heeft een naam, of is anoniem zonder naam',
        path: ['name'],
      }),
      z.refine((contributor) => !contributor.anonymous || contributor.participantId === undefined, {
        error: 'een anonieme bijdrage zegt niet voor wie de uitnodiging was',
        path: ['participantId'],
      }),
    ),
);
export type Contributor = z.output<typeof ContributorSchema>;

/** A member's contribution: their judgements of one team cycle's expectations. */
export const ContributionFileSchema = lazySchema(() =>
  z.object({
    ...headerShape(CONTRIBUTION_FORMAT),
    /** When the member exported it; of two files with the same key, the newer counts. */
    exportedAt: TimestampSchema,
    /** The team cycle it answers (from the invitation). */
    teamCycleId: RecordIdSchema,
    /** The team cycle's title and school year, so a file read into the wrong cycle can say which it belongs to. */
    cycle: z.object({ title: LabelSchema, schoolYear: SchoolYearSchema }),
    /** Who contributes. */
    contributor: ContributorSchema,
    /** The judgements, one per expectation at most, in framework order. */
    assessments: z.array(ContributedAssessmentSchema).check(
      z.refine(
        (assessments) =>
          assessments.map((a) => a.expectationCode).join() ===
          EXPECTATION_CODES.filter((code) => assessments.some((a) => a.expectationCode === code)).join(),
        {
          error: 'een verwachting komt twee keer voor of staat niet in de volgorde van het referentiekader',
        },
      ),
    ),
  }),
);
export type ContributionFile = z.output<typeof ContributionFileSchema>;

/**
 * What a contribution reader accepts: texts and support levels may be missing, a name or participant beside
 * `anonymous` is dropped; a version-1 criterion carries evidence ids (always empty) instead of `backed`.
 */
const LenientContributionSchema = lazySchema(() =>
  z.object({
    ...ContributionFileSchema.shape,
    contributor: z.object({
      key: RecordIdSchema,
      role: ParticipantRoleSchema,
      anonymous: z._default(z.boolean(), false),
      name: z.optional(LabelSchema),
      participantId: z.optional(RecordIdSchema),
    }),
    assessments: z.array(
      z.object({
        ...ContributedAssessmentSchema.shape,
        rating: z._default(RatingSchema, 'notRated'),
        justification: z._default(FreeTextSchema, ''),
        strengths: z._default(FreeTextSchema, ''),
        pointsToDevelop: z._default(FreeTextSchema, ''),
        supportLevels: z._default(z.array(SupportLevelSchema), []),
        goodPractice: z.optional(
          z.object({
            description: z._default(FreeTextSchema, ''),
            criteria: z._default(
              z.array(z.object({ ...ContributedCriterionSchema.shape, backed: z.optional(z.boolean()) })),
              [],
            ),
          }),
        ),
      }),
    ),
  }),
);
type LenientContribution = z.output<typeof LenientContributionSchema>;

function restoreContribution(file: LenientContribution): unknown {
  const { name, participantId, ...contributor } = file.contributor;
  return {
    ...file,
    formatVersion: CONTRIBUTION_FORMAT_VERSION,
    // An anonymous contribution never brings a name or a person into the team's database, even if added by hand.
    contributor: contributor.anonymous ? contributor : { ...contributor, name, participantId },
    assessments: [...file.assessments]
      .sort(
        (a, b) => EXPECTATION_CODES.indexOf(a.expectationCode) - EXPECTATION_CODES.indexOf(b.expectationCode),
      )
      .map(({ supportLevels, goodPractice, ...assessment }) => ({
        ...assessment,
        // A good practice travels only while level 4 is the member's choice: a version-1 file may still carry
        // the rating the old guard kept meanwhile, and the choice is never shown as something else.
        rating: goodPractice ? 'exceeds' : assessment.rating,
        supportLevels: SUPPORT_LEVELS.filter((level) => supportLevels.includes(level)),
        ...(goodPractice
          ? {
              goodPractice: {
                description: goodPractice.description,
                criteria: goodPractice.criteria.map(({ criterionId, met, backed }) => ({
                  criterionId,
                  met,
                  // Version 1 kept level 4 only once every criterion was met and backed on the member's device.
                  backed: backed ?? (file.formatVersion === 1 && assessment.rating === 'exceeds' && met),
                })),
              },
            }
          : {}),
      })),
  };
}

/** How contributions are read; see README.md. */
export const CONTRIBUTION_FILE: TeamFileFormat<LenientContribution, ContributionFile> = {
  id: CONTRIBUTION_FORMAT,
  version: CONTRIBUTION_FORMAT_VERSION,
  lenient: LenientContributionSchema,
  restore: restoreContribution,
  strict: ContributionFileSchema,
};

/** How the member hands their contribution in: under which name (ignored when anonymous) and role. */
export interface ContributorChoice {
  name: string;
  role: ParticipantRole;
  anonymous: boolean;
}

/**
 * The contribution of a member cycle: the member's own assessments of the expectations in scope, under their
 * name or anonymously. Throws when the cycle was not opened from an invitation, or the choice is one the
 * invitation does not allow.
 */
export function createContributionFile(
  cycle: Cycle,
  selfParticipantId: string,
  assessments: readonly Assessment[],
  choice: ContributorChoice,
  now: Date = new Date(),
): ContributionFile {
  const terms = cycle.invitation;
  if (!terms) throw new Error('this cycle was not opened from an invitation');
  if (choice.anonymous && !terms.anonymousAllowed) throw new Error('the invitation does not allow anonymity');
  if (!terms.roles.includes(choice.role)) throw new Error('the invitation does not offer this role');
  const own = new Map(
    assessments
      .filter(
        (a) => a.cycleId === cycle.id && a.kind === 'individual' && a.participantId === selfParticipantId,
      )
      .map((a) => [a.expectationCode, a]),
  );
  return ContributionFileSchema.parse({
    ...newHeader(CONTRIBUTION_FORMAT, CONTRIBUTION_FORMAT_VERSION),
    exportedAt: now.toISOString(),
    teamCycleId: terms.teamCycleId,
    cycle: { title: cycle.title, schoolYear: cycle.schoolYear },
    contributor: {
      key: terms.contributorKey,
      role: choice.role,
      anonymous: choice.anonymous,
      // Anonymous means anonymous: the personal invitation's participant does not travel either.
      ...(choice.anonymous
        ? {}
        : {
            name: choice.name.trim(),
            ...(terms.participant ? { participantId: terms.participant.id } : {}),
          }),
    },
    assessments: cycle.scope.flatMap((code) => {
      const assessment = own.get(code);
      return assessment ? [contributedAssessment(assessment)] : [];
    }),
  });
}

/**
 * The name a contribution is offered under: `bijdrage-zelfevaluatie-2026-2027-an-peeters.json`; an anonymous
 * one ends in `anoniem-` and the key's first four characters, so a coordinator's folder keeps them apart.
 */
export function contributionFileName(file: ContributionFile): string {
  const { contributor } = file;
  const who = contributor.name ? fileNamePart(contributor.name) : `anoniem-${contributor.key.slice(0, 4)}`;
  return `bijdrage-${fileNamePart(file.cycle.title)}-${who}.json`;
}
