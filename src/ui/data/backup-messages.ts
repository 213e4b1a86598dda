import type { BackupError } from '../../storage/backup/backup-error';
import * as strings from '../strings';

/** What to tell the user about a refused backup file: the reason, each problem and where it is, and that nothing changed. */
export function describeBackupError(error: BackupError): string[] {
  const problems = error.problems.map((problem) =>
    strings.backupErrors.problem(
      problem.table && strings.tables[problem.table],
      problem.index,
      problem.field,
      problem.message,
    ),
  );
  return [strings.backupErrors[error.code], ...problems, strings.backupErrors.unchanged];
}
