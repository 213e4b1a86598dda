import type { TableName } from '../tables';

/** Why a backup file was refused. */
export type BackupErrorCode =
  | 'notABackup'
  | 'damaged'
  | 'checksumMismatch'
  | 'newerFormat'
  | 'invalidRecords'
  | 'inconsistent'
  | 'tooLarge';

/** One thing wrong in a backup, pointing at the place: which table, which record, which field. */
export interface BackupProblem {
  table?: TableName;
  /** Position of the record in its table in the file, from 0. */
  index?: number;
  /** The field, as a dotted path (`goodPractice.criteria.0.met`). */
  field?: string;
  /** What is wrong there (Dutch, from the validation messages). */
  message: string;
}

/** A backup file that cannot be restored. Thrown before anything touches the database. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly problems: readonly BackupProblem[] = [],
  ) {
    super(`${code}${problems.length ? `: ${problems.map((p) => p.message).join('; ')}` : ''}`);
    this.name = 'BackupError';
  }
}
