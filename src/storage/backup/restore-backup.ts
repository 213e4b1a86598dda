import {
  mergeNewestWins,
  type MergeConflict,
  type MergePreference,
  type Mergeable,
} from '../../domain/merge';
import { preferAnsweredStatements } from '../../domain/survey/survey-merge';
import { newRecordId } from '../../domain/record';
import type { LeersteunspiegelDatabase, Snapshot } from '../database';
import { SnapshotRefusedError, withStorageErrors } from '../errors';
import { BACKED_UP_TABLES, TABLE_NAMES, type BackedUpTable } from '../tables';
import type { BackupContents } from './read-backup';
import { createBackup } from './write-backup';

/** Replace everything with the backup, or merge it in keeping the newest copy of each record. */
export type RestoreMode = 'replace' | 'merge';

/** What a restore did, table by table, and which records differed on both sides. */
export interface RestoreReport {
  mode: RestoreMode;
  tables: Record<BackedUpTable, { added: number; updated: number; keptLocal: number; removed: number }>;
  conflicts: (MergeConflict & { table: BackedUpTable })[];
  /** The automatic backup of the data as it was before, to go back to; none when the browser refused it. */
  snapshotId?: string;
}

/** How a restore goes about it. */
export interface RestoreOptions {
  /** When the restore happens: the date of the automatic backup. */
  now?: Date;
  /** Restore even if the browser refuses to keep the automatic backup: the user was told and chose to go on. */
  evenWithoutSnapshot?: boolean;
}

/** How many automatic snapshots are kept; older ones are removed. */
const SNAPSHOTS_KEPT = 3;

// Files compare by size: a merge treats attachments with equal metadata and size as the same file.
const comparable = (record: object): string =>
  JSON.stringify(record, (_key, value: unknown) =>
    value instanceof Uint8Array ? { byteLength: value.byteLength } : value,
  );

/** Which copy of a bevraging a merge keeps when their statements differ: the one its answers were given to. */
async function surveyPreference(
  db: LeersteunspiegelDatabase,
  contents: BackupContents,
): Promise<MergePreference<Mergeable>> {
  const answeredLocally = new Set<string>();
  await db.surveyResponses.each((response) => void answeredLocally.add(response.surveyId));
  const answeredIncoming = new Set(contents.records.surveyResponses.map((response) => response.surveyId));
  return preferAnsweredStatements(answeredLocally, answeredIncoming) as MergePreference<Mergeable>;
}

/**
 * Stores an automatic backup of the current data in a transaction of its own, so that a browser refusing it
 * (WebKit's private windows refused the Blob it used to be) is known before anything changes. Returns its
 * id, or throws SnapshotRefusedError.
 */
async function keepSnapshot(db: LeersteunspiegelDatabase, now: Date): Promise<string> {
  const { bytes } = await createBackup(db, now);
  const snapshot: Snapshot = {
    id: newRecordId(),
    createdAt: now.toISOString(),
    reason: 'beforeRestore',
    bytes,
    size: bytes.byteLength,
  };
  try {
    await withStorageErrors(() => db.snapshots.add(snapshot));
  } catch (error) {
    throw new SnapshotRefusedError({ cause: error });
  }
  return snapshot.id;
}

/** Removes all but the newest snapshots, within the caller's transaction. */
async function pruneSnapshots(db: LeersteunspiegelDatabase): Promise<void> {
  const all = await db.snapshots.orderBy('createdAt').reverse().primaryKeys();
  await db.snapshots.bulkDelete(all.slice(SNAPSHOTS_KEPT));
}

/**
 * Restores a checked backup in one transaction — all of it or, on any failure (a full disk), none of it —
 * after keeping an automatic backup of the current data. If the browser refuses that backup, throws
 * SnapshotRefusedError with nothing changed, unless `evenWithoutSnapshot`. This device's settings are never
 * taken from the backup (see README.md).
 */
export async function restoreBackup(
  db: LeersteunspiegelDatabase,
  contents: BackupContents,
  mode: RestoreMode,
  { now = new Date(), evenWithoutSnapshot = false }: RestoreOptions = {},
): Promise<RestoreReport> {
  let snapshotId: string | undefined;
  try {
    snapshotId = await keepSnapshot(db, now);
  } catch (error) {
    if (!(error instanceof SnapshotRefusedError && evenWithoutSnapshot)) throw error;
  }
  const report: RestoreReport = {
    mode,
    tables: {} as RestoreReport['tables'],
    conflicts: [],
    ...(snapshotId === undefined ? {} : { snapshotId }),
  };

  try {
    await withStorageErrors(() =>
      // This device's settings are left out: neither replaced nor merged (see README.md).
      db.transaction('rw', [...BACKED_UP_TABLES, 'snapshots'], async () => {
        await pruneSnapshots(db);
        for (const table of BACKED_UP_TABLES) {
          const incoming = contents.records[table];
          const store = db.table(table);
          if (mode === 'replace') {
            const removed = await store.count();
            await store.clear();
            await store.bulkAdd(incoming);
            report.tables[table] = { added: incoming.length, updated: 0, keptLocal: 0, removed };
          } else {
            const merged = mergeNewestWins<Mergeable>(
              await store.toArray(),
              incoming,
              (a, b) => comparable(a) === comparable(b),
              table === 'surveys' ? await surveyPreference(db, contents) : undefined,
            );
            await store.bulkPut(merged.write);
            report.tables[table] = {
              added: merged.added,
              updated: merged.updated,
              keptLocal: merged.keptLocal,
              removed: 0,
            };
            report.conflicts.push(...merged.conflicts.map((conflict) => ({ ...conflict, table })));
          }
        }
      }),
    );
  } catch (error) {
    // All or nothing: a restore that did not happen leaves no automatic backup of itself behind.
    if (snapshotId !== undefined) await db.snapshots.delete(snapshotId).catch(() => undefined);
    throw error;
  }
  return report;
}

/** Deletes every record, attachment and snapshot. The caller offers a last backup first. */
export async function deleteAllData(db: LeersteunspiegelDatabase): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', [...TABLE_NAMES, 'snapshots'], async () => {
      for (const table of [...TABLE_NAMES, 'snapshots']) await db.table(table).clear();
    }),
  );
}
