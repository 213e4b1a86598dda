import { describe, expect, it } from 'vitest';
import { createQualityCalendar, withFocus } from '../../../src/domain/quality-calendar';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { restoreBackup } from '../../../src/storage/backup/restore-backup';
import { createBackup } from '../../../src/storage/backup/write-backup';
import { loadQualityCalendar } from '../../../src/storage/quality-calendar-store';
import { freshDatabase } from './test-database';

const plan = createQualityCalendar('2026-2027', 4, new Date('2026-06-01T10:00:00.000Z'));

describe('the kwaliteitskalender in storage', () => {
  it('is absent until the centre makes one', async () => {
    expect(await loadQualityCalendar(freshDatabase())).toBeUndefined();
  });

  it('survives a backup and its restore on another device, focus and notes included', async () => {
    const source = freshDatabase();
    const planned = { ...withFocus(plan, '2027-2028', 'BL2', true), updatedAt: '2026-06-02T10:00:00.000Z' };
    await source.qualityCalendars.add(planned);
    const db = freshDatabase();
    await restoreBackup(db, await readBackup((await createBackup(source)).bytes), 'replace');
    expect(await loadQualityCalendar(db)).toEqual(planned);
  });

  it('takes the copy changed last when a backup of the same plan is merged in', async () => {
    const db = freshDatabase();
    await db.qualityCalendars.add(plan);
    const source = freshDatabase();
    const changedElsewhere = {
      ...withFocus(plan, '2026-2027', 'R1', true),
      updatedAt: '2026-06-03T10:00:00.000Z',
    };
    await source.qualityCalendars.add(changedElsewhere);
    const report = await restoreBackup(db, await readBackup((await createBackup(source)).bytes), 'merge');
    expect(report.conflicts).toEqual([{ table: 'qualityCalendars', id: plan.id, kept: 'incoming' }]);
    expect(await loadQualityCalendar(db)).toEqual(changedElsewhere);
  });

  it('counts the plan changed last when a merge brought another device’s own plan beside this one', async () => {
    const db = freshDatabase();
    await db.qualityCalendars.add(plan);
    const other = {
      ...createQualityCalendar('2027-2028', 3, new Date('2026-05-01T10:00:00.000Z')),
      updatedAt: '2026-07-01T10:00:00.000Z',
    };
    await db.qualityCalendars.add(other);
    expect((await loadQualityCalendar(db))?.id).toBe(other.id);
  });
});
