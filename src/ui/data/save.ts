import { getDatabase } from '../../storage/database';
import { saveEditedRecord, saveEditedRecords } from '../../storage/edit-guard';
import { loadSettings } from '../../storage/queries';
import type { RecordOf, TableName } from '../../storage/tables';
import { requestPersistence } from './persistence-request';

let persistenceAsked = false;

/**
 * Call after the user saved something; returns at once. The first save on this device asks the browser to
 * keep the data persistently — a browser grants that more readily once the user has shown the site matters
 * to them — without waiting for the answer.
 */
export function askPersistenceOnFirstSave(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  void loadSettings(getDatabase()).then((settings) => {
    if (settings.persistence === 'unknown') requestPersistence();
  });
}

/**
 * Saves a record the user edited — refused in a closed cycle, and for a rating under someone this device's user
 * did not choose to be — and asks for persistent storage on the first save.
 */
export async function saveUserRecord<N extends TableName>(
  table: N,
  record: RecordOf<N>,
): Promise<RecordOf<N>> {
  const saved = await saveEditedRecord(getDatabase(), table, record);
  askPersistenceOnFirstSave();
  return saved;
}

/** Saves several records the user edited in one go, all or none, as `saveUserRecord` saves one. */
export async function saveUserRecords<N extends TableName>(
  table: N,
  records: readonly RecordOf<N>[],
): Promise<RecordOf<N>[]> {
  const saved = await saveEditedRecords(getDatabase(), table, records);
  askPersistenceOnFirstSave();
  return saved;
}
