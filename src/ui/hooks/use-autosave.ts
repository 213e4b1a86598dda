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
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const pending = latest.current;
    if (!pending) return;
    latest.current = undefined;
    setState({ status: 'saving' });
    try {
      await saveRef.current(pending.value);
      setState(latest.current ? { status: 'pending' } : { status: 'saved' });
    } catch (error) {
      // Keep the unsaved draft so the next change or flush tries again; nothing typed is dropped.
      latest.current ??= pending;
      setState({ status: 'error', error });
    }
  }, []);

  /** Whether an edit is waiting to be saved. */
  const hasUnsaved = useCallback((): boolean => latest.current !== undefined, []);

  /**
   * Marks the draft as changed; call on every edit. A choice (a radio button, a checkbox) is `complete` and
   * saved at once; typing waits for a pause, so a word is not written letter by letter.
   */
  const changed = useCallback(
    (value: T, complete = false): void => {
      const dirtySince = latest.current?.dirtySince ?? Date.now();
      latest.current = { value, dirtySince };
      setState({ status: 'pending' });
      clearTimeout(timer.current);
      const wait = complete ? 0 : Math.min(DEBOUNCE_MS, Math.max(0, dirtySince + MAX_WAIT_MS - Date.now()));
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
