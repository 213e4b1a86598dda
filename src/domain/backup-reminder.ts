/** After how many days without a backup the app reminds the user, where the browser may delete the data. */
export const BACKUP_REMINDER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the reminder looks at: the browser's storage promise and how old the unsaved-elsewhere data is. */
export interface BackupReminderInput {
  /** Whether the browser promised to keep the data (`navigator.storage.persisted()`). */
  persisted: boolean;
  /** When the last backup was made on this device, if ever (ISO 8601). */
  lastBackupAt: string | undefined;
  /** When the oldest of the user's data on this device was made (ISO 8601); undefined when there is none. */
  oldestDataAt: string | undefined;
  now: Date;
}

/**
 * Whether to remind the user to make a backup: the browser may delete the data (no persistent storage, as in
 * Safari, whose 7-day rule deletes it after a week of use without a visit) and none was made for a week —
 * counted from the oldest data when there never was one, so a new user is not reminded of nothing.
 */
export function isBackupDue({ persisted, lastBackupAt, oldestDataAt, now }: BackupReminderInput): boolean {
  if (persisted || oldestDataAt === undefined) return false;
  const since = Date.parse(lastBackupAt ?? oldestDataAt);
  return now.getTime() - since > BACKUP_REMINDER_DAYS * DAY_MS;
}
