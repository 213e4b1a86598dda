import { BackupError } from '../storage/backup/backup-error';
import { DecryptionError } from '../storage/crypto/decryption-error';
import {
  InvalidRecordError,
  SnapshotRefusedError,
  StorageFullError,
  StorageRefusedError,
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
    return [strings.data.snapshotRefused(browserMessage(error)), strings.data.snapshotRefusedChoice];
  }
  if (error instanceof InvalidRecordError) return [strings.save.invalid];
  return [strings.save.failed];
}
