import { getDatabase } from '../../storage/database';
import { requestPersistentStorage } from '../../storage/durability';
import { loadSettings } from '../../storage/queries';
import { saveRecord } from '../../storage/records';
import type { RecordOf, TableName } from '../../storage/tables';

let persistenceAsked = false;

/**
 * Saves a record the user edited. The first save on this device also asks the browser to keep the data
 * persistently, and remembers the answer so the data view can show it.
 */
export async function saveUserRecord<N extends TableName>(
  table: N,
  record: RecordOf<N>,
): Promise<RecordOf<N>> {
  const db = getDatabase();
  const saved = await saveRecord(db, table, record);
  if (!persistenceAsked) {
    persistenceAsked = true;
    const settings = await loadSettings(db);
    if (settings.persistence === 'unknown') {
      await saveRecord(db, 'settings', { ...settings, persistence: await requestPersistentStorage() });
    }
  }
  return saved;
}
