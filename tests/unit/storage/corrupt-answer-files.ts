import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { answerFileCheck, type AnswerFile } from '../../../src/domain/survey/link/answer-file';
import { toBase64Url } from '../../../src/domain/survey/link/base64url';
import { LINK_DICTIONARY_V1 } from '../../../src/domain/survey/link/link-dictionary';
import { encodeLinkPayload, type LinkPayload } from '../../../src/domain/survey/link/link-payload';
import { HOSTILE_LIST } from '../../shared/hostile-strings';
import { aText, anyValue, damagedJson, withValue, type MadeFile } from './corrupt-contributions';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Fields of an answer file, as paths into its JSON, that a reader must check. */
const FIELDS = [
  ['format'],
  ['formatVersion'],
  ['surveyId'],
  ['responseId'],
  ['day'],
  ['statements'],
  ['answers'],
  ['answers', 'ouder-tevreden'],
  ['openAnswers'],
  ['openAnswers', 'ouder-open-waardevol'],
  ['check'],
] as const;

/**
 * The file with its check made anew, as someone who knows the format would forge it; a field too broken to
 * compute a check over (answers that are no object) keeps the old check.
 */
async function resealed(file: AnswerFile): Promise<AnswerFile> {
  return { ...file, check: await answerFileCheck(file).catch(() => file.check) };
}

/**
 * Broken, hostile and odd variants of a valid answer file: damaged JSON, wrong types, edits with the old check
 * (tampered), and forged files with a fresh check — hostile or huge words, many answers, another bevraging, a
 * repeated response id. The forged ones that are still valid answers are taken whole; the rest are refused.
 */
export function corruptAnswerFiles(valid: AnswerFile): fc.Arbitrary<MadeFile> {
  const text = JSON.stringify(valid, null, 2);
  const made = (kind: string, bytes: Uint8Array) => async () => ({ kind, bytes });
  const json = (kind: string, value: unknown) => made(kind, encode(JSON.stringify(value)));
  const forged = (kind: string, file: AnswerFile) => async () => ({
    kind,
    bytes: encode(JSON.stringify(await resealed(file))),
  });

  return fc.oneof(
    ...damagedJson(text, ['surveyId', 'responseId', 'answers', 'check', 'format']),
    fc
      .tuple(fc.constantFrom(...FIELDS), anyValue)
      .map(([path, value]) => json(`${path.join('.')} wrong type`, withValue(valid, path, value))),
    fc
      .tuple(fc.constantFrom(...FIELDS), anyValue)
      .map(([path, value]) =>
        forged(`${path.join('.')} wrong type, resealed`, withValue(valid, path, value) as AnswerFile),
      ),
    fc.tuple(aText, fc.boolean()).map(([words, seal]) => {
      const file = { ...valid, openAnswers: { 'ouder-open-waardevol': words } };
      return seal ? forged('open answer hostile', file) : json('open answer edited', file);
    }),
    fc.integer({ min: 2, max: 5000 }).map((count) =>
      forged('answers repeated', {
        ...valid,
        answers: Object.fromEntries(Array.from({ length: count }, (_, i) => [`s-${i}`, 'agree'])),
      }),
    ),
    fc
      .constantFrom<Partial<AnswerFile>>(
        { surveyId: crypto.randomUUID() },
        { responseId: crypto.randomUUID() },
        { statements: '0'.repeat(64) },
        { day: '2027-01-21' },
        { answers: { 'ouder-tevreden': 'dontKnow', 'stelling-die-niet-gevraagd-werd': 'agree' } },
      )
      .chain((change) =>
        fc
          .boolean()
          .map((seal) =>
            seal
              ? forged(`${Object.keys(change).join()} changed, resealed`, { ...valid, ...change })
              : json(`${Object.keys(change).join()} changed`, { ...valid, ...change }),
          ),
      ),
    fc
      .constantFrom({ formatVersion: 2 }, { format: 'leersteunspiegel-bijdrage' }, { format: 'iets' })
      .map((change) => json(`${Object.keys(change).join()} changed`, { ...valid, ...change })),
  );
}

/** A fragment made of these bytes as a link would carry them: deflated with the dictionary, base64url. */
const packed = (bytes: Uint8Array) =>
  toBase64Url(deflateSync(bytes, { level: 9, dictionary: LINK_DICTIONARY_V1 }));

/**
 * Broken, hostile and odd fragments of a valid link: random or cut-off text, flipped characters, unpacking to
 * junk, to a payload of the wrong shape, to hostile words, or to megabytes. Hostile words in the right shape are
 * a valid questionnaire (shown as text); the rest must be refused with a message.
 */
export function corruptLinks(valid: LinkPayload): fc.Arbitrary<MadeFile> {
  const fragment = encodeLinkPayload(valid);
  const made = (kind: string, text: string) => async () => ({ kind, bytes: encode(text) });
  const payload = (kind: string, value: unknown) => made(kind, packed(encode(JSON.stringify(value))));
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 500 }).map((junk) => made('random text', junk)),
    fc
      .string({ unit: fc.constantFrom(...'ABCabc019-_'), maxLength: 1500 })
      .map((junk) => made('random base64url', junk)),
    fc.nat({ max: fragment.length - 1 }).map((length) => made('truncated', fragment.slice(0, length))),
    fc
      .tuple(fc.nat({ max: fragment.length - 1 }), fc.constantFrom(...'AZaz09-_%#?&'))
      .map(([at, char]) => made('character changed', fragment.slice(0, at) + char + fragment.slice(at + 1))),
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => made('packed junk', packed(bytes))),
    fc
      .tuple(
        fc.constantFrom<(keyof LinkPayload)[]>(
          ['f'],
          ['v'],
          ['id'],
          ['g'],
          ['i'],
          ['s'],
          ['a'],
          ['n'],
          ['o'],
          ['e'],
        ),
        anyValue,
      )
      .map(([[key], value]) => payload(`${key} wrong type`, withValue(valid, [key!], value))),
    fc
      .tuple(fc.oneof(aText, fc.constantFrom(...HOSTILE_LIST)), fc.constantFrom('i', 'c', 'statement'))
      .map(([words, where]) =>
        payload(
          `${where} hostile`,
          where === 'statement'
            ? { ...valid, s: [[valid.s[0]![0], words], ...valid.s.slice(1)] }
            : { ...valid, [where]: words },
        ),
      ),
    fc
      .integer({ min: 2, max: 500 })
      .map((count) =>
        payload('statements repeated', { ...valid, s: Array.from({ length: count }, () => valid.s[0]) }),
      ),
    fc.constant(made('unpacks to megabytes', packed(encode(' '.repeat(3_000_000))))),
    fc.constant(made('too long', fragment.repeat(40))),
    fc.constant(made('links one after the other', fragment.repeat(10))),
  );
}
