import { SpreadsheetError } from '../domain/survey/spreadsheet/spreadsheet-error';
import { BackupError } from '../storage/backup/backup-error';
import { DecryptionError } from '../storage/crypto/decryption-error';
import {
  ClosedCycleError,
  InvalidRecordError,
  NotPaperResponseError,
  NotSelfError,
  SnapshotRefusedError,
  StorageFullError,
  StorageRefusedError,
  SpreadsheetKnownError,
  SurveyFinishedError,
  SurveyFrozenError,
  browserMessage,
} from '../storage/errors';
import { describeBackupError } from './data/backup-messages';
import * as strings from './strings';

/** The Dutch explanation of any error a save or data task can meet, one line per paragraph. */
export function explainError(error: unknown): string[] {
  if (error instanceof BackupError) return describeBackupError(error);
  if (error instanceof DecryptionError) {
    return [strings.decryptionErrors[error.code], strings.backupErrors.unchanged];
  }
  if (error instanceof StorageFullError) return [strings.save.storageFull];
  if (error instanceof StorageRefusedError) return [strings.save.refused(browserMessage(error))];
  if (error instanceof SnapshotRefusedError) {
    return [strings.snapshotRefusal.reason(browserMessage(error)), strings.snapshotRefusal.choice];
  }
  if (error instanceof InvalidRecordError) return [strings.save.invalid];
  if (error instanceof ClosedCycleError) return [strings.save.closed];
  if (error instanceof NotSelfError) return [strings.save.notSelf];
  if (error instanceof SurveyFrozenError) return [strings.save.surveyFrozen];
  if (error instanceof SurveyFinishedError) return [strings.save.surveyFinished];
  if (error instanceof SpreadsheetError) return [strings.spreadsheetErrors.codes[error.code]];
  if (error instanceof SpreadsheetKnownError)
    return [strings.spreadsheetErrors.known(strings.spreadsheetErrors.thisFile)];
  if (error instanceof NotPaperResponseError) return [strings.save.notPaper];
  return [strings.save.failed];
}
