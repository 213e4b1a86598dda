import { useEffect, useState } from 'preact/hooks';
import * as strings from '../strings';
import { watchPersistenceRequest, type PersistenceRequest } from './persistence-request';

/** Where this page's request for persistent storage stands, kept up to date. */
export function usePersistenceRequest(): PersistenceRequest {
  const [request, setRequest] = useState<PersistenceRequest>('idle');
  useEffect(() => watchPersistenceRequest(setRequest), []);
  return request;
}

/**
 * Explains the browser's question about persistent storage while the browser waits for the user's answer
 * (Firefox's permission prompt), and that the work is saved meanwhile.
 */
export function PersistencePromptNote() {
  const request = usePersistenceRequest();
  if (request !== 'waitingForUser') return null;
  return (
    <p class="notice" data-testid="persistence-prompt">
      {strings.save.persistencePrompt}
    </p>
  );
}
