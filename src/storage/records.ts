import { touched } from '../domain/record';
import type { LeersteunspiegelDatabase } from './database';
import { InvalidRecordError, withStorageErrors } from './errors';
import { RECORD_SCHEMAS, type RecordOf, type TableName } from './tables';

/** Checks a record against its table's schema; throws InvalidRecordError, so nothing invalid is ever stored. */
export function validateRecord<N extends TableName>(table: N, record: unknown): RecordOf<N> {
  const result = RECORD_SCHEMAS[table].safeParse(record);
  if (!result.success) throw new InvalidRecordError(table, result.error.issues);
  return result.data as RecordOf<N>;
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
