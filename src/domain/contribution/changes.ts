import type { Rating } from '../assessment';
import type { ExpectationCode } from '../framework/expectation-code';
import type { Participant, ParticipantRole } from '../participant';
import type { ContributedAssessment, ContributionFile } from './contribution-file';

/** The parts of a judgement besides its rating that a new contribution may change. */
export const CHANGEABLE_FIELDS = [
  'justification',
  'strengths',
  'pointsToDevelop',
  'supportLevels',
  'goodPractice',
] as const;
export type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];

/** How one expectation's judgement differs between the contribution read earlier and the new one. */
export interface ExpectationChange {
  code: ExpectationCode;
  /** Old → new rating, when it changed ("nog niet beoordeeld" where there was none). */
  rating?: { from: Rating; to: Rating };
  /** The texts and other fields that changed. */
  fields: ChangeableField[];
}

/** What a new contribution from the same contributor changes. */
export interface ContributionChanges {
  /** Old → new name, when both are named and the name changed. */
  name?: { from: string; to: string };
  role?: { from: ParticipantRole; to: ParticipantRole };
  /** Old → new anonymity, when it changed. */
  anonymous?: { from: boolean; to: boolean };
  /** Per expectation that changed, in the order of the codes given. */
  expectations: ExpectationChange[];
}

const blank = (code: ExpectationCode): ContributedAssessment => ({
  expectationCode: code,
  rating: 'notRated',
  justification: '',
  strengths: '',
  pointsToDevelop: '',
  supportLevels: [],
});

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What `file` changes for a participant who was read in earlier, comparing their stored judgements (as
 * contributed) with the file's, for each of `codes`.
 */
export function contributionChanges(
  participant: Participant,
  stored: readonly ContributedAssessment[],
  file: ContributionFile,
  codes: readonly ExpectationCode[],
): ContributionChanges {
  const before = new Map(stored.map((a) => [a.expectationCode, a]));
  const after = new Map(file.assessments.map((a) => [a.expectationCode, a]));
  const expectations: ExpectationChange[] = [];
  for (const code of codes) {
    const from = before.get(code) ?? blank(code);
    const to = after.get(code) ?? blank(code);
    const fields = CHANGEABLE_FIELDS.filter((field) => !same(from[field], to[field]));
    const rating = from.rating === to.rating ? undefined : { from: from.rating, to: to.rating };
    if (rating || fields.length > 0) expectations.push({ code, ...(rating ? { rating } : {}), fields });
  }
  const { contributor } = file;
  return {
    ...(!participant.anonymous && contributor.name !== undefined && participant.name !== contributor.name
      ? { name: { from: participant.name, to: contributor.name } }
      : {}),
    ...(participant.role === contributor.role
      ? {}
      : { role: { from: participant.role, to: contributor.role } }),
    ...(participant.anonymous === contributor.anonymous
      ? {}
      : { anonymous: { from: participant.anonymous, to: contributor.anonymous } }),
    expectations,
  };
}

/** Whether a new contribution changes nothing at all. */
export function changesNothing(changes: ContributionChanges): boolean {
  return !changes.name && !changes.role && !changes.anonymous && changes.expectations.length === 0;
}
