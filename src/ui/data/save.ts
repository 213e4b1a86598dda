import { getDatabase } from '../../storage/database';
import { saveEditedRecord } from '../../storage/edit-guard';
import { requestPersistentStorage } from '../../storage/durability';
import { loadSettings } from '../../storage/queries';
import { saveRecord } from '../../storage/records';
import type { RecordOf, TableName } from '../../storage/tables';

let persistenceAsked = false;

/**
 * Call after the user saved something. The first save on this device asks the browser to keep the data
 * persistently — a browser grants that more readily once the user has shown the site matters to them — and
 * remembers the answer so the data view can show it.
 */
export async function rememberPersistenceOnFirstSave(): Promise<void> {
  if (persistenceAsked) return;
  persistenceAsked = true;
  const db = getDatabase();
  const settings = await loadSettings(db);
  if (settings.persistence === 'unknown') {
    await saveRecord(db, 'settings', { ...settings, persistence: await requestPersistentStorage() });
  }
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
  await rememberPersistenceOnFirstSave();
  return saved;
}
