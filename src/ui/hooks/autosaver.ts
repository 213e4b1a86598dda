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
  /** Saves the latest draft now, and settles once every save under way has finished. */
  flush: () => Promise<void>;
  /** Whether an edit is waiting to be saved or being saved. */
  hasUnsaved: () => boolean;
}

/**
 * The timing behind `useAutosave`, apart from Preact so it can be tested without a page: saves a draft after a
 * short pause, at least every 500 ms while typing goes on, and at once on `flush`; tells `report` where it
 * stands.
 */
export function createAutosaver<T>(
  save: (value: T) => Promise<void>,
  report: (state: SaveState) => void,
): Autosaver<T> {
  let latest: { value: T; dirtySince: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Saves started and not yet finished. */
  let running = 0;
  /** Settles once every save started so far has finished. */
  let underWay: Promise<unknown> = Promise.resolve();

  const saveLatest = async (): Promise<void> => {
    const pending = latest;
    if (!pending) return;
    latest = undefined;
    running += 1;
    report({ status: 'saving' });
    try {
      await save(pending.value);
      running -= 1;
      report(latest ? { status: 'pending' } : { status: running > 0 ? 'saving' : 'saved' });
    } catch (error) {
      running -= 1;
      // Keep the unsaved draft so the next change or flush tries again; nothing typed is dropped.
      latest ??= pending;
      report({ status: 'error', error });
    }
  };

  // A save starts at once, beside any save under way (the database writes them in the order started), so a
  // flush when the page closes still reaches the database; the flush then waits for all of them.
  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    underWay = Promise.all([underWay, saveLatest()]);
    await underWay;
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
  return { changed, flush, hasUnsaved: () => latest !== undefined || running > 0 };
}
