import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../storage/database';
import { currentPersistence, estimateStorage, type PersistenceState } from '../../storage/durability';
import { countRecords } from '../../storage/queries';
import { BACKED_UP_TABLES } from '../../storage/tables';
import { formatBytes } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import * as strings from '../strings';
import { PersistencePromptNote, usePersistenceRequest } from './PersistencePromptNote';
import { requestPersistence } from './persistence-request';

/**
 * Whether the browser keeps the data persistently — its live answer, never a stored one, since a grant
 * belongs to this browser — how much room the data uses, and what is stored.
 */
export function StorageStatus() {
  const db = getDatabase();
  const contents = useLiveQuery(() => countRecords(db), []);
  const request = usePersistenceRequest();
  const [persistence, setPersistence] = useState<PersistenceState>();
  const [estimate, setEstimate] = useState<{ usage: number; quota: number }>();

  useEffect(() => {
    void estimateStorage().then(setEstimate);
  }, [contents]);

  // Asked again whenever a request ends: the answer may have come from the user, in the browser's prompt.
  useEffect(() => {
    if (request === 'idle') void currentPersistence().then(setPersistence);
  }, [request]);

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{strings.data.storageTitle}</h2>
      {persistence && (
        <>
          <p data-testid="persistence">{strings.data.persistence[persistence]}</p>
          {persistence === 'denied' && (
            <>
              <p class="field__hint" id="persistence-hint">
                {strings.data.askPersistenceHint}
              </p>
              <button
                type="button"
                aria-describedby="persistence-hint"
                disabled={request !== 'idle'}
                onClick={requestPersistence}
              >
                {strings.data.askPersistence}
              </button>
            </>
          )}
          <PersistencePromptNote />
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
              {BACKED_UP_TABLES.map((table) => (
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
