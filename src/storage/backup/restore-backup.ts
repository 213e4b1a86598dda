import { mergeNewestWins, type MergeConflict } from '../../domain/merge';
import { newRecordId } from '../../domain/record';
import type { LeersteunspiegelDatabase, Snapshot } from '../database';
import { withStorageErrors } from '../errors';
import { TABLE_NAMES, type TableName } from '../tables';
import type { BackupContents } from './read-backup';
import { createBackup } from './write-backup';

/** Replace everything with the backup, or merge it in keeping the newest copy of each record. */
export type RestoreMode = 'replace' | 'merge';

/** What a restore did, table by table, and which records differed on both sides. */
export interface RestoreReport {
  mode: RestoreMode;
  tables: Record<TableName, { added: number; updated: number; keptLocal: number; removed: number }>;
  conflicts: (MergeConflict & { table: TableName })[];
  /** The automatic backup of the data as it was before, to go back to. */
  snapshotId: string;
}

/** How many automatic snapshots are kept; older ones are removed. */
const SNAPSHOTS_KEPT = 3;

// Blobs compare by size and type: a merge treats attachments with equal metadata and size as the same file.
const comparable = (record: object): string =>
  JSON.stringify(record, (_key, value: unknown) =>
    value instanceof Blob ? { blobSize: value.size, blobType: value.type } : value,
  );

/** Stores an automatic backup of the current data, within the caller's transaction. */
async function keepSnapshot(db: LeersteunspiegelDatabase, snapshot: Snapshot): Promise<void> {
  await db.snapshots.add(snapshot);
  const all = await db.snapshots.orderBy('createdAt').reverse().primaryKeys();
  await db.snapshots.bulkDelete(all.slice(SNAPSHOTS_KEPT));
}

/**
 * Restores a checked backup in one transaction — all of it or, on any failure (a full disk), none of it —
 * after keeping an automatic backup of the current data.
 */
export async function restoreBackup(
  db: LeersteunspiegelDatabase,
  contents: BackupContents,
  mode: RestoreMode,
  now: Date = new Date(),
): Promise<RestoreReport> {
  const before = await createBackup(db, now);
  const snapshot: Snapshot = {
    id: newRecordId(),
    createdAt: now.toISOString(),
    reason: 'beforeRestore',
    blob: new Blob([before.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
  };
  const report: RestoreReport = {
    mode,
    tables: {} as RestoreReport['tables'],
    conflicts: [],
    snapshotId: snapshot.id,
  };

  await withStorageErrors(() =>
    db.transaction('rw', [...TABLE_NAMES, 'snapshots'], async () => {
      await keepSnapshot(db, snapshot);
      for (const table of TABLE_NAMES) {
        const incoming = contents.records[table];
        const store = db.table(table);
        if (mode === 'replace') {
          const removed = await store.count();
          await store.clear();
          await store.bulkAdd(incoming);
          report.tables[table] = { added: incoming.length, updated: 0, keptLocal: 0, removed };
        } else {
          const local = await store.toArray();
          const merged = mergeNewestWins(local, incoming, (a, b) => comparable(a) === comparable(b));
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
