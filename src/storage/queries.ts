import type { AttachmentSummary } from '../domain/attachment';
import { createLscProfile, type LscProfile } from '../domain/lsc-profile';
import type { SchoolYearFigures } from '../domain/school-year-figures';
import { SETTINGS_ID, createSettings, type Settings } from '../domain/settings';
import type { Collection } from 'dexie';
import type { LeersteunspiegelDatabase, Snapshot, SnapshotSummary } from './database';
import { ATTACHMENT_SUMMARY_INDEX, SNAPSHOT_SUMMARY_INDEX } from './migrations';
import { TABLE_NAMES, type TableName } from './tables';

/** The centre's profile, or a fresh empty one when none was saved yet (not stored until it is saved). */
export async function loadProfile(db: LeersteunspiegelDatabase): Promise<LscProfile> {
  return (await db.lscProfiles.toCollection().first()) ?? createLscProfile();
}

/** The centre's figures of every school year it filled in, oldest year first. */
export function loadSchoolYearFigures(db: LeersteunspiegelDatabase): Promise<SchoolYearFigures[]> {
  return db.schoolYearFigures.orderBy('schoolYear').toArray();
}

/** This device's settings, or the defaults. */
export async function loadSettings(db: LeersteunspiegelDatabase): Promise<Settings> {
  return (await db.settings.get(SETTINGS_ID)) ?? createSettings();
}

/** When the oldest cycle or profile on this device was made; undefined when there is none. */
export async function oldestDataAt(db: LeersteunspiegelDatabase): Promise<string | undefined> {
  const [cycles, profiles] = await Promise.all([db.cycles.toArray(), db.lscProfiles.toArray()]);
  return [...cycles, ...profiles].map((record) => record.createdAt).sort()[0];
}

/**
 * Each entry of an index that holds all a list shows, as the parts of its compound key with the record's id:
 * the index alone is read, not one record (schema step 15).
 */
async function indexEntries(entries: Collection): Promise<{ parts: readonly unknown[]; id: string }[]> {
  const [keys, ids] = await Promise.all([entries.keys(), entries.primaryKeys()]);
  return keys.map((key, position) => ({ parts: key as readonly unknown[], id: String(ids[position]) }));
}

/** Every stored file without its bytes, by evidence, oldest first. */
export function readAttachmentSummaries(db: LeersteunspiegelDatabase): Promise<AttachmentSummary[]> {
  return db.transaction('r', db.attachments, async () => {
    const entries = await indexEntries(db.attachments.orderBy(ATTACHMENT_SUMMARY_INDEX));
    return entries.map(({ parts: [evidenceId, createdAt, name, type, size], id }) => ({
      id,
      evidenceId: String(evidenceId),
      createdAt: String(createdAt),
      name: String(name),
      type: String(type),
      size: Number(size),
    }));
  });
}

/** How many records each table holds, and the total size of the attachments. */
export async function countRecords(
  db: LeersteunspiegelDatabase,
): Promise<{ counts: Record<TableName, number>; attachmentBytes: number }> {
  return db.transaction('r', TABLE_NAMES, async () => {
    const counts = Object.fromEntries(
      await Promise.all(TABLE_NAMES.map(async (table) => [table, await db.table(table).count()] as const)),
    ) as Record<TableName, number>;
    const files = await readAttachmentSummaries(db);
    return { counts, attachmentBytes: files.reduce((total, file) => total + file.size, 0) };
  });
}

/** The automatic backups, newest first, without their contents (each is a whole backup, files included). */
export function listSnapshots(db: LeersteunspiegelDatabase): Promise<SnapshotSummary[]> {
  return db.transaction('r', db.snapshots, async () => {
    const entries = await indexEntries(db.snapshots.orderBy(SNAPSHOT_SUMMARY_INDEX).reverse());
    return entries.map(({ parts: [createdAt, reason, size], id }) => ({
      id,
      createdAt: String(createdAt),
      reason: reason as Snapshot['reason'],
      size: Number(size),
    }));
  });
}
