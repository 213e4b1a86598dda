import { TeamFileError } from '../../domain/contribution/file-error';
import type { AskedStatement } from '../../domain/survey/asked-statements';
import {
  answerFileResponse,
  readAnswerFile,
  statementsFingerprint,
} from '../../domain/survey/link/answer-file';
import {
  planAnswerImport,
  type AnswerPlanEntry,
  type ReadAnswerFile,
} from '../../domain/survey/link/answer-import-plan';
import type { Survey } from '../../domain/survey/survey';
import type { LeersteunspiegelDatabase } from '../../storage/database';
import type { SurveyResponse } from '../../domain/survey/survey-response';
import { recordSurveyResponses, surveyResponseIds } from '../../storage/survey-store';
import { fileBytes } from '../contributions/file-bytes';

/** Reads one chosen file; one that is not a readable answer file becomes an entry with its reason. */
async function readOne(file: File): Promise<ReadAnswerFile> {
  try {
    return { fileName: file.name, result: { ok: true, file: await readAnswerFile(await fileBytes(file)) } };
  } catch (error) {
    if (!(error instanceof TeamFileError)) throw error;
    return { fileName: file.name, result: { ok: false, error } };
  }
}

/**
 * Reads the chosen answer files one after the other, reporting after each how many are done, and plans them
 * against the bevraging as stored now: which answers it already has, what it asks. Writes nothing.
 */
export async function planAnswerFiles(
  db: LeersteunspiegelDatabase,
  survey: Survey,
  statements: readonly Pick<AskedStatement, 'id' | 'statement'>[],
  files: readonly File[],
  today: string,
  onProgress: (done: number) => void,
): Promise<AnswerPlanEntry[]> {
  const read: ReadAnswerFile[] = [];
  for (const file of files) {
    read.push(await readOne(file));
    onProgress(read.length);
  }
  const stored = new Set(await surveyResponseIds(db, survey.id));
  return planAnswerImport(survey, await statementsFingerprint(statements), stored, read, today);
}

/** The answers of the files the plan takes. */
export function takenAnswers(plan: readonly AnswerPlanEntry[]): SurveyResponse[] {
  return plan.flatMap((entry) => (entry.kind === 'taken' ? [answerFileResponse(entry.file)] : []));
}

/** Stores the answers of the files the plan takes, together: all or nothing. Returns them as stored. */
export function storeTakenAnswers(
  db: LeersteunspiegelDatabase,
  plan: readonly AnswerPlanEntry[],
  today: string,
): Promise<SurveyResponse[]> {
  return recordSurveyResponses(db, takenAnswers(plan), today);
}
