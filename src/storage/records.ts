import { touched } from '../domain/record';
import type { LeersteunspiegelDatabase } from './database';
import { withStorageErrors } from './errors';
import type { ValidateRecord } from './record-validation';
import type { RecordOf, TableName } from './tables';

/**
 * Loads the record schemas and validateRecord, and zod with them. Every write awaits it before its transaction
 * opens (an await of anything but the database inside one would let it commit early): a page that only reads
 * never downloads zod, and the first write of a visit loads it once, from the service worker's cache offline.
 */
export function loadValidation() {
  return import('./record-validation');
}

/**
 * Validates and stores a record, stamping `updatedAt` where it has one (an answer to a bevraging deliberately
 * carries no time); returns what was stored.
 */
export async function saveRecord<N extends TableName>(
  db: LeersteunspiegelDatabase,
  table: N,
  record: RecordOf<N>,
): Promise<RecordOf<N>> {
  const { validateRecord } = await loadValidation();
  return putRecord(db, validateRecord, table, record);
}

/** saveRecord within the caller's transaction, with validateRecord loaded before it opened. */
export async function putRecord<N extends TableName>(
  db: LeersteunspiegelDatabase,
  validateRecord: ValidateRecord,
  table: N,
  record: RecordOf<N>,
): Promise<RecordOf<N>> {
  const valid = validateRecord(table, 'updatedAt' in record ? touched(record) : record);
  await withStorageErrors(() => db.table(table).put(valid));
  return valid;
}

/** The record with this id, or undefined. */
export function getRecord<N extends TableName>(
  db: LeersteunspiegelDatabase,
  table: N,
  id: string,
): Promise<RecordOf<N> | undefined> {
  return db.table(table).get(id) as Promise<RecordOf<N> | undefined>;
}

/** Every record of a table. */
export function listRecords<N extends TableName>(
  db: LeersteunspiegelDatabase,
  table: N,
): Promise<RecordOf<N>[]> {
  return db.table(table).toArray() as Promise<RecordOf<N>[]>;
}

/** Deletes one record; deleting what is not there is not an error. */
export function deleteRecord(db: LeersteunspiegelDatabase, table: TableName, id: string): Promise<void> {
  return withStorageErrors(() => db.table(table).delete(id));
}
