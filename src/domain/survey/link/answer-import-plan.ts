import type { TeamFileError } from '../../contribution/file-error';
import { isSurveyFinished, type Survey } from '../survey';
import type { AnswerFile } from './answer-file';
import { compareDutch } from '../../dutch-order';

/** One chosen file as it came out of reading: its answers, or why it could not be read. */
export interface ReadAnswerFile {
  fileName: string;
  result: { ok: true; file: AnswerFile } | { ok: false; error: TeamFileError };
}

/** What reading one answer file in would do. */
export type AnswerPlanEntry =
  /** Taken: its answers are stored once the coordinator confirms. */
  | { kind: 'taken'; fileName: string; file: AnswerFile }
  /** Not a readable answer file (broken, cut off, edited by hand, another kind of file). */
  | { kind: 'broken'; fileName: string; error: TeamFileError }
  /** Answers another bevraging. */
  | { kind: 'otherSurvey'; fileName: string; file: AnswerFile }
  /** Answers this bevraging's statements as they were worded before they were changed. */
  | { kind: 'otherStatements'; fileName: string; file: AnswerFile }
  /** Read in before: its answers are already stored. */
  | { kind: 'known'; fileName: string; file: AnswerFile }
  /** The same answers as another file of this batch (a copy), which is taken instead. */
  | { kind: 'duplicate'; fileName: string; file: AnswerFile; keptFileName: string }
  /** The bevraging takes no more answers: closed, or its last day is past. */
  | { kind: 'finished'; fileName: string; file: AnswerFile; closed: boolean };

/**
 * What reading a batch of answer files into one bevraging would do, file by file, sorted by file name so the
 * same batch gives the same plan in any order. Pure: it is given the bevraging, the fingerprint of what it asks
 * now, and the ids of the answers already stored; it writes nothing.
 */
export function planAnswerImport(
  survey: Pick<Survey, 'id' | 'closedAt' | 'endDate'>,
  statementsFingerprint: string,
  storedResponseIds: ReadonlySet<string>,
  files: readonly ReadAnswerFile[],
  today: string,
): AnswerPlanEntry[] {
  const sorted = [...files].sort((a, b) => compareDutch(a.fileName, b.fileName));
  const firstWith = new Map<string, string>();
  return sorted.map(({ fileName, result }): AnswerPlanEntry => {
    if (!result.ok) return { kind: 'broken', fileName, error: result.error };
    const { file } = result;
    if (file.surveyId !== survey.id) return { kind: 'otherSurvey', fileName, file };
    if (file.statements !== statementsFingerprint) return { kind: 'otherStatements', fileName, file };
    if (storedResponseIds.has(file.responseId)) return { kind: 'known', fileName, file };
    const kept = firstWith.get(file.responseId);
    if (kept !== undefined) return { kind: 'duplicate', fileName, file, keptFileName: kept };
    firstWith.set(file.responseId, fileName);
    if (isSurveyFinished(survey, today)) {
      return { kind: 'finished', fileName, file, closed: survey.closedAt !== undefined };
    }
    return { kind: 'taken', fileName, file };
  });
}
