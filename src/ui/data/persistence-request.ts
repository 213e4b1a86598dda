import { getDatabase } from '../../storage/database';
import { requestPersistentStorage } from '../../storage/durability';
import { loadSettings } from '../../storage/queries';
import { saveRecord } from '../../storage/records';

/** How long a browser may take to answer by itself; longer, and it is asking the user (Firefox does). */
const PROMPT_DELAY_MS = 1000;

/** Where this page's request for persistent storage stands. */
export type PersistenceRequest = 'idle' | 'asking' | 'waitingForUser';

let request: PersistenceRequest = 'idle';
const listeners = new Set<(request: PersistenceRequest) => void>();

function setRequest(next: PersistenceRequest): void {
  request = next;
  for (const listener of listeners) listener(next);
}

/** Tells `listener` where the request stands, now and on every change; returns the function that stops it. */
export function watchPersistenceRequest(listener: (request: PersistenceRequest) => void): () => void {
  listeners.add(listener);
  listener(request);
  return () => listeners.delete(listener);
}

/**
 * Asks the browser to keep this site's data persistently and stores its answer in this device's settings
 * whenever it comes. Never awaited by a save: Firefox answers only after the user responds to its permission
 * prompt, which may be never.
 */
export function requestPersistence(): void {
  if (request !== 'idle') return;
  setRequest('asking');
  const prompting = setTimeout(() => setRequest('waitingForUser'), PROMPT_DELAY_MS);
  const db = getDatabase();
  void requestPersistentStorage()
    .then(async (answer) => {
      await saveRecord(db, 'settings', { ...(await loadSettings(db)), persistence: answer });
    })
    // Only a reminder not to ask on every page: if it cannot be stored, asking again next time is right.
    .catch(() => undefined)
    .finally(() => {
      clearTimeout(prompting);
      setRequest('idle');
    });
}
