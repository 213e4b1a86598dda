/** Where an edit stands: nothing to save, waiting to save, being saved, saved, or failed. */
export type SaveState =
  { status: 'idle' | 'pending' | 'saving' | 'saved' } | { status: 'error'; error: unknown };

/** Quiet time after the last keystroke before saving. */
const DEBOUNCE_MS = 300;
/** Longest an edit waits while the user keeps typing: at most this much typing is lost if the tab dies. */
const MAX_WAIT_MS = 500;

/** Saves the drafts of one form; what `useAutosave` hands a form. */
export interface Autosaver<T> {
  /**
   * Marks the draft as changed; call on every edit. A choice (a radio button, a checkbox) is `complete` and
   * saved at once; typing waits for a pause, so a word is not written letter by letter.
   */
  changed: (value: T, complete?: boolean) => void;
  /** Saves the latest draft now, after any save under way. */
  flush: () => Promise<void>;
  /** Whether an edit is waiting to be saved or being saved. */
  hasUnsaved: () => boolean;
}

/**
 * The timing behind `useAutosave`, apart from Preact so it can be tested without a page: saves a draft after a
 * short pause, at least every 500 ms while typing goes on, and at once on `flush`, one save at a time; tells
 * `report` where it stands.
 */
export function createAutosaver<T>(
  save: (value: T) => Promise<void>,
  report: (state: SaveState) => void,
): Autosaver<T> {
  let latest: { value: T; dirtySince: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = false;
  let queue: Promise<void> = Promise.resolve();

  const saveLatest = async (): Promise<void> => {
    const pending = latest;
    if (!pending) return;
    latest = undefined;
    saving = true;
    report({ status: 'saving' });
    try {
      await save(pending.value);
      report(latest ? { status: 'pending' } : { status: 'saved' });
    } catch (error) {
      // Keep the unsaved draft so the next change or flush tries again; nothing typed is dropped.
      latest ??= pending;
      report({ status: 'error', error });
    } finally {
      saving = false;
    }
  };

  // One save at a time, in the order made: a flush also waits for the save under way, so after it nothing is
  // left unsaved.
  const flush = (): Promise<void> => {
    clearTimeout(timer);
    queue = queue.then(saveLatest);
    return queue;
  };

  const changed = (value: T, complete = false): void => {
    const dirtySince = latest?.dirtySince ?? Date.now();
    latest = { value, dirtySince };
    report({ status: 'pending' });
    clearTimeout(timer);
    const wait = complete ? 0 : Math.min(DEBOUNCE_MS, Math.max(0, dirtySince + MAX_WAIT_MS - Date.now()));
    timer = setTimeout(() => void flush(), wait);
  };

  // An edit counts as unsaved until its own save finished: the database reports each save back, and a form
  // that took an older save reported back during a newer one for the truth would undo the user's last choice.
  return { changed, flush, hasUnsaved: () => latest !== undefined || saving };
}
