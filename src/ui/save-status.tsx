import type { SaveState } from './hooks/use-autosave';
import { InvalidRecordError, StorageFullError } from '../storage/errors';
import { strings } from './strings';

function messageFor(state: SaveState): string {
  if (state.status !== 'error') return strings.save[state.status];
  if (state.error instanceof StorageFullError) return strings.save.storageFull;
  if (state.error instanceof InvalidRecordError) return strings.save.invalid;
  return strings.save.failed;
}

/** Tells, politely to screen readers, whether the user's edits are safe. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p class={`save-status save-status--${state.status}`} role="status">
      {messageFor(state)}
    </p>
  );
}
