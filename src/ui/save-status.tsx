import type { SaveState } from './hooks/use-autosave';
import { PersistencePromptNote } from './data/PersistencePromptNote';
import { explainError } from './explain-error';
import * as strings from './strings';

function messageFor(state: SaveState): string {
  if (state.status !== 'error') return strings.save[state.status];
  return explainError(state.error).join(' ');
}

/**
 * Tells, politely to screen readers, whether the user's edits are safe, and explains the browser's question
 * about persistent storage while it waits for an answer.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <>
      <p class={`save-status save-status--${state.status}`} role="status">
        {messageFor(state)}
      </p>
      <PersistencePromptNote />
    </>
  );
}
