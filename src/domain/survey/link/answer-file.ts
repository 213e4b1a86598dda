import * as z from 'zod/mini';
import { lazySchema } from '../../lazy-schema';
import { ANSWER_FILE_FORMAT } from '../../contribution/format-ids';
import { TeamFileError } from '../../contribution/file-error';
import { fileNamePart } from '../../contribution/file-name';
import { headerShape, newHeader } from '../../contribution/header';
import { readTeamFile, type TeamFileFormat } from '../../contribution/read-file';
import { KeySchema, SlugSchema } from '../../framework/content-id';
import { CalendarDateSchema, FreeTextSchema, RecordIdSchema } from '../../record-schema';
import { sha256Hex } from '../../sha256';
import type { AskedStatement } from '../asked-statements';
import { type SurveyResponse } from '../survey-response';
import { FileFingerprintSchema } from '../survey-response-schema';
import { compareCodes } from '../../code-order';

/** The newest layout of an answer file this app writes and reads. */
export const ANSWER_FILE_VERSION = 1;

/** At most this many answers: more statements than any bevraging asks, so a crafted file cannot swell. */
const MAX_ANSWERS = 40;
const StatementIdSchema = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(64)));

const answerFields = {
  /** The bevraging answered (from the link). */
  surveyId: RecordIdSchema,
  /** Random UUID, made when the file is: the stored answer's id, so a file read twice is recognised. */
  responseId: RecordIdSchema,
  /** The day the file was made; nothing finer, so the time of answering says nothing about who answered. */
  day: CalendarDateSchema,
  /** SHA-256 of the statements as asked (`statementsFingerprint`): answers to other words are not mixed in. */
  statements: FileFingerprintSchema,
  /** Per statement id, the chosen point of the scale or `dontKnow`. */
  answers: z
    .record(StatementIdSchema, KeySchema)
    .check(
      z.refine((answers) => Object.keys(answers).length <= MAX_ANSWERS, { error: 'te veel antwoorden' }),
    ),
  /** Per open question id, the respondent's words. */
  openAnswers: z._default(z.record(SlugSchema, FreeTextSchema), {}),
  /** SHA-256 of the canonical contents (`answerFileCheck`): a damaged or hand-edited file does not match. */
  check: FileFingerprintSchema,
};

/** An answer file as this app writes it and works with it; the contract is README.md beside this file. */
export const AnswerFileSchema = lazySchema(() =>
  z.object({ ...headerShape(ANSWER_FILE_FORMAT), ...answerFields }),
);
export type AnswerFile = z.output<typeof AnswerFileSchema>;

/** How `readTeamFile` reads an answer file. */
export const ANSWER_FILE: TeamFileFormat<AnswerFile, AnswerFile> = {
  id: ANSWER_FILE_FORMAT,
  version: ANSWER_FILE_VERSION,
  // The schema is already lenient where a reader may be: the app version and open answers may be missing,
  // unknown fields are ignored. The answers themselves are what the check covers, so they are never guessed.
  lenient: AnswerFileSchema,
  // Blank open answers say nothing; a respondent's words are kept as typed otherwise.
  restore: (file) => ({
    ...file,
    openAnswers: Object.fromEntries(Object.entries(file.openAnswers).filter(([, words]) => words.trim())),
  }),
  strict: AnswerFileSchema,
};

/** The fingerprint of the statements a link asks, ids and words in order: the same on both devices. */
export function statementsFingerprint(
  statements: readonly Pick<AskedStatement, 'id' | 'statement'>[],
): Promise<string> {
  return sha256Hex(JSON.stringify(statements.map((statement) => [statement.id, statement.statement])));
}

const sortedEntries = (record: Record<string, string>) =>
  Object.entries(record).sort(([a], [b]) => compareCodes(a, b));

/**
 * The integrity check: SHA-256 over the contents in one canonical form (a JSON array of the fields in the
 * contract's order, answers sorted by id), so it does not depend on how a program lays out the JSON.
 */
export async function answerFileCheck(file: Omit<AnswerFile, 'check' | 'appVersion'>): Promise<string> {
  return sha256Hex(
    JSON.stringify([
      file.format,
      file.formatVersion,
      file.surveyId,
      file.responseId,
      file.day,
      file.statements,
      sortedEntries(file.answers),
      sortedEntries(file.openAnswers),
    ]),
  );
}

/** A respondent's answer file, made on their own device, with a new random response id and its check. */
export async function createAnswerFile(input: {
  surveyId: string;
  statements: readonly Pick<AskedStatement, 'id' | 'statement'>[];
  answers: Record<string, string>;
  openAnswers: Record<string, string>;
  day: string;
}): Promise<AnswerFile> {
  const contents = {
    ...newHeader(ANSWER_FILE_FORMAT, ANSWER_FILE_VERSION),
    surveyId: input.surveyId,
    responseId: crypto.randomUUID(),
    day: input.day,
    statements: await statementsFingerprint(input.statements),
    answers: input.answers,
    openAnswers: input.openAnswers,
  };
  return AnswerFileSchema.parse({ ...contents, check: await answerFileCheck(contents) });
}

/**
 * Reads an answer file as `readTeamFile` reads any team file, then checks its integrity: a file whose contents
 * no longer match its check was damaged or edited, and is refused as `tampered`.
 */
export async function readAnswerFile(bytes: Uint8Array): Promise<AnswerFile> {
  const file = await readTeamFile(bytes, ANSWER_FILE);
  if ((await answerFileCheck(file)) !== file.check) throw new TeamFileError('tampered');
  return file;
}

/**
 * The answer file's name: the group's page name, the day and four characters of its random id, so a stack of
 * them in a Downloads folder stays apart; nothing about the respondent.
 */
export function answerFileName(groupSlug: string, file: Pick<AnswerFile, 'day' | 'responseId'>): string {
  return `antwoord-${fileNamePart(groupSlug)}-${file.day}-${file.responseId.slice(0, 4)}.json`;
}

/** The stored answer an answer file becomes. */
export function answerFileResponse(file: AnswerFile): SurveyResponse {
  return {
    id: file.responseId,
    surveyId: file.surveyId,
    answers: file.answers,
    openAnswers: file.openAnswers,
    channel: 'answerFile',
  };
}
