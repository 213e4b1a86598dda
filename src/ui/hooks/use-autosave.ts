import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { trackUnsavedEdits } from '../unsaved-edits';

/** Where an edit stands: nothing to save, waiting to save, being saved, saved, or failed. */
export type SaveState =
  { status: 'idle' | 'pending' | 'saving' | 'saved' } | { status: 'error'; error: unknown };

/** Quiet time after the last keystroke before saving. */
const DEBOUNCE_MS = 300;
/** Longest an edit waits while the user keeps typing: at most this much typing is lost if the tab dies. */
const MAX_WAIT_MS = 500;

/**
 * Saves a draft shortly after it changes — after a short pause, and at least every 500 ms while typing goes
 * on — and at once when the page is hidden or closed, so closing the tab mid-sentence loses next to nothing.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const latest = useRef<{ value: T; dirtySince: number } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Saves started but not finished: until they are, what the database says is older than the draft.
  const inFlight = useRef(0);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const pending = latest.current;
    if (!pending) return;
    latest.current = undefined;
    setState({ status: 'saving' });
    inFlight.current++;
    try {
      await saveRef.current(pending.value);
      setState(latest.current ? { status: 'pending' } : { status: 'saved' });
    } catch (error) {
      // Keep the unsaved draft so the next change or flush tries again; nothing typed is dropped.
      latest.current ??= pending;
      setState({ status: 'error', error });
    } finally {
      inFlight.current--;
    }
  }, []);

  /**
   * Whether an edit is not stored yet: waiting, or being saved. A view that takes in what the database says
   * (another tab's edit) must not while this is true, or the echo of an earlier save would undo a later choice.
   */
  const hasUnsaved = useCallback((): boolean => latest.current !== undefined || inFlight.current > 0, []);

  /** Marks the draft as changed; call on every edit. */
  const changed = useCallback(
    (value: T): void => {
      const dirtySince = latest.current?.dirtySince ?? Date.now();
      latest.current = { value, dirtySince };
      setState({ status: 'pending' });
      clearTimeout(timer.current);
      const wait = Math.min(DEBOUNCE_MS, Math.max(0, dirtySince + MAX_WAIT_MS - Date.now()));
      timer.current = setTimeout(() => void flush(), wait);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = (): void => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    const untrack = trackUnsavedEdits({ hasUnsaved, flush });
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      untrack();
      void flush();
    };
  }, [flush, hasUnsaved]);

  return { state, changed, flush, hasUnsaved };
}
