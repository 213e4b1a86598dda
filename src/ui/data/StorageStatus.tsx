import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../storage/database';
import { estimateStorage, requestPersistentStorage } from '../../storage/durability';
import { countRecords, loadSettings } from '../../storage/queries';
import { saveRecord } from '../../storage/records';
import { TABLE_NAMES } from '../../storage/tables';
import { formatBytes } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import * as strings from '../strings';

/** Whether the browser keeps the data persistently, how much room it uses, and what is stored. */
export function StorageStatus() {
  const db = getDatabase();
  const settings = useLiveQuery(() => loadSettings(db), []);
  const contents = useLiveQuery(() => countRecords(db), []);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number }>();

  useEffect(() => {
    void estimateStorage().then(setEstimate);
  }, [contents]);

  const askPersistence = async (): Promise<void> => {
    if (settings.status !== 'ready') return;
    await saveRecord(db, 'settings', { ...settings.value, persistence: await requestPersistentStorage() });
  };

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{strings.data.storageTitle}</h2>
      {settings.status === 'ready' && (
        <>
          <p data-testid="persistence">{strings.data.persistence[settings.value.persistence]}</p>
          {settings.value.persistence !== 'granted' && settings.value.persistence !== 'unsupported' && (
            <button type="button" onClick={() => void askPersistence()}>
              {strings.data.askPersistence}
            </button>
          )}
        </>
      )}
      <p>
        {estimate
          ? strings.data.usage(formatBytes(estimate.usage), formatBytes(estimate.quota))
          : strings.data.usageUnknown}
      </p>

      <h2 id="contents-title">{strings.data.contentsTitle}</h2>
      {contents.status === 'ready' && (
        <>
          <table class="data-table" aria-labelledby="contents-title">
            <caption class="visually-hidden">{strings.data.contentsTable}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.data.kindColumn}</th>
                <th scope="col">{strings.data.countColumn}</th>
              </tr>
            </thead>
            <tbody>
              {TABLE_NAMES.filter((table) => table !== 'settings').map((table) => (
                <tr key={table}>
                  <th scope="row">{strings.tables[table]}</th>
                  <td data-testid={`count-${table}`}>{contents.value.counts[table]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{strings.data.attachmentBytes(formatBytes(contents.value.attachmentBytes))}</p>
        </>
      )}
    </section>
  );
}
