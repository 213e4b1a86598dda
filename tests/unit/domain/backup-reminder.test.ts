import { describe, expect, it } from 'vitest';
import { isBackupDue } from '../../../src/domain/backup-reminder';

const now = new Date('2026-12-10T12:00:00Z');

describe('the reminder to make a backup', () => {
  it('comes once the last backup is more than seven days old, where the browser may delete the data', () => {
    const base = { persisted: false, oldestDataAt: '2026-09-01T08:00:00Z', now };
    expect(isBackupDue({ ...base, lastBackupAt: '2026-12-03T12:00:00Z' })).toBe(false);
    expect(isBackupDue({ ...base, lastBackupAt: '2026-12-03T11:59:59Z' })).toBe(true);
  });

  it('never comes where the browser keeps the data persistently, nor when there is nothing to lose', () => {
    expect(
      isBackupDue({ persisted: true, lastBackupAt: undefined, oldestDataAt: '2026-01-01T00:00:00Z', now }),
    ).toBe(false);
    expect(isBackupDue({ persisted: false, lastBackupAt: undefined, oldestDataAt: undefined, now })).toBe(
      false,
    );
  });

  it('counts from the oldest data when no backup was ever made, so a new user is not reminded at once', () => {
    const never = { persisted: false, lastBackupAt: undefined, now };
    expect(isBackupDue({ ...never, oldestDataAt: '2026-12-08T09:00:00Z' })).toBe(false);
    expect(isBackupDue({ ...never, oldestDataAt: '2026-11-20T09:00:00Z' })).toBe(true);
  });
});
