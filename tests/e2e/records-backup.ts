import 'fake-indexeddb/auto';
import { createBackup } from '../../src/storage/backup/write-backup';
import { LeersteunspiegelDatabase } from '../../src/storage/database';
import type { RecordOf, TableName } from '../../src/storage/tables';

/** Some tables' records; the settings are added when missing. */
export type SomeRecords = { [N in TableName]?: RecordOf<N>[] };

/**
 * A backup file holding exactly the given records, made by the app's own backup code in an in-memory
 * database, for a test to restore through the data view.
 */
export async function backupWith(records: SomeRecords): Promise<Buffer> {
  const db = new LeersteunspiegelDatabase(`e2e-${crypto.randomUUID()}`);
  for (const [table, rows] of Object.entries(records)) {
    await db.table(table).bulkPut(rows);
  }
  const { bytes } = await createBackup(db);
  db.close();
  return Buffer.from(bytes);
}
