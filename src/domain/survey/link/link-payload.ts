import type * as z from 'zod/mini';
import type { LinkPayloadSchema } from './link-payload-schema';
import { deflateSync } from 'fflate';
import { type AnswerScale } from '../answer-scale';
import type { AskedStatement } from '../asked-statements';
import type { Questionnaire } from '../questionnaire';
import type { Survey } from '../survey';
import { toBase64Url } from './base64url';
import { LINK_DICTIONARY_V1 } from './link-dictionary';

/** What the payload says it is; anything else in a fragment is not a bevraging's link. */
export const LINK_FORMAT = 'leersteunspiegel-bevraging';

/** The newest layout this app writes and reads. */
export const LINK_FORMAT_VERSION = 1;

/** Longest fragment read: a link this long no longer fits a QR code, nor most mail programs. */
export const MAX_FRAGMENT_LENGTH = 16_000;

/**
 * The questionnaire a link carries, in short keys (every character counts in a QR code); the contract is
 * README.md beside this file. Read leniently: unknown keys are ignored, the centre's name may be missing.
 */
export type LinkPayload = z.output<typeof LinkPayloadSchema>;

/** Why a link's fragment could not be read; each has its own Dutch message in the view. */
export type LinkErrorCode =
  /** No fragment at all: the address was opened without its questionnaire. */
  | 'empty'
  /** Cut off, changed or never a link of ours: it does not unpack. */
  | 'broken'
  /** Longer than any link of ours, or unpacks to more than any questionnaire. */
  | 'tooLarge'
  /** Made by a newer version of Leersteunspiegel. */
  | 'newerVersion';

export class LinkPayloadError extends Error {
  constructor(readonly code: LinkErrorCode) {
    super(code);
    this.name = 'LinkPayloadError';
  }
}

/** The payload of a bevraging's link: what its respondents read, nothing of its answers or its cycle. */
export function linkPayload(
  survey: Pick<Survey, 'id' | 'group' | 'introduction' | 'endDate'>,
  questionnaire: Pick<Questionnaire, 'introduction' | 'easyRead' | 'scale' | 'openQuestions'>,
  statements: readonly Pick<AskedStatement, 'id' | 'statement'>[],
  centreName = '',
): LinkPayload {
  const { scale, easyRead } = questionnaire;
  const pictogram = (answer: { pictogram?: AnswerScale['dontKnow']['pictogram'] }) =>
    easyRead && answer.pictogram ? [answer.pictogram] : [];
  return {
    f: LINK_FORMAT,
    v: LINK_FORMAT_VERSION,
    id: survey.id,
    g: survey.group,
    ...(centreName.trim() ? { c: centreName.trim() } : {}),
    i: survey.introduction.trim() || questionnaire.introduction,
    ...(easyRead ? { r: 1 as const } : {}),
    s: statements.map((statement) => [statement.id, statement.statement]),
    a: scale.options.map((option) => [option.id, option.label, ...pictogram(option)] as LinkPayload['a'][0]),
    n: [scale.dontKnow.label, ...pictogram(scale.dontKnow)] as LinkPayload['n'],
    o: questionnaire.openQuestions.map((question) => [question.id, question.question]),
    e: survey.endDate,
  };
}

/**
 * The payload as an address fragment (without `#`): JSON, deflated at the highest level with the version's
 * preset dictionary, in base64url.
 */
export function encodeLinkPayload(payload: LinkPayload): string {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return toBase64Url(deflateSync(json, { level: 9, dictionary: LINK_DICTIONARY_V1 }));
}

/** The questionnaire's parts a respondent's screens need, rebuilt from a link. */
export function linkQuestionnaire(
  payload: LinkPayload,
): Pick<Questionnaire, 'introduction' | 'easyRead' | 'scale' | 'openQuestions'> {
  const [dontKnowLabel, dontKnowPictogram] = payload.n;
  return {
    introduction: payload.i,
    easyRead: payload.r === 1,
    scale: {
      // Whether a point agrees matters for results, which are made on the coordinator's device, not here.
      options: payload.a.map(([id, label, pictogram]) => ({ id, label, agrees: false, pictogram })),
      dontKnow: { label: dontKnowLabel, pictogram: dontKnowPictogram },
    },
    openQuestions: payload.o.map(([id, question]) => ({ id, question })),
  };
}
