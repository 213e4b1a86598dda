import { useEffect, useRef, useState } from 'preact/hooks';
import { trackUnsavedEdits } from '../unsaved-edits';
import { createAutosaver, type SaveState } from './autosaver';

export type { SaveState } from './autosaver';

/**
 * Saves a draft shortly after it changes — after a short pause, and at least every 500 ms while typing goes
 * on — and at once when the page is hidden or closed, so closing the tab mid-sentence loses next to nothing.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const saveRef = useRef(save);
  saveRef.current = save;
  const [autosaver] = useState(() => createAutosaver<T>((value) => saveRef.current(value), setState));
  const { flush, hasUnsaved } = autosaver;

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

  return { state, ...autosaver };
}
