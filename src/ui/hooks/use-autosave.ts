import { useEffect, useRef, useState } from 'preact/hooks';
import { readDraft, removeDraft, writeDraft } from '../drafts/draft-store';
import { trackUnsavedEdits } from '../unsaved-edits';
import { createAutosaver, type SaveState } from './autosaver';

export type { SaveState } from './autosaver';

/** Where an autosaved form keeps its latest edit until it is stored: the draft's key and the record's shape. */
export interface DraftOf<T> {
  key: string;
  /** The record as stored (or blank): a draft of another shape is not taken. */
  shape: T;
}

/**
 * Saves a draft shortly after it changes — after a short pause, and at least every 500 ms while typing goes
 * on — and at once when the page is hidden or closed. Given a `draft`, every edit is also kept as a draft
 * until it is stored, so closing the tab mid-sentence loses nothing: the next visit finds it in `recovered`
 * (for the form to start from) and saves it.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>, draft?: DraftOf<T>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const saveRef = useRef(save);
  saveRef.current = save;
  const key = draft?.key;
  const [recovered] = useState(() => draft && readDraft(draft.key, draft.shape));
  /** Whether the latest edit is kept as a draft. */
  const kept = useRef(false);
  const [autosaver] = useState(() =>
    createAutosaver<T>(
      (value) => saveRef.current(value),
      (next) => {
        setState(next);
        // Stored with nothing newer waiting: the draft has done its job.
        if (next.status === 'saved' && key) removeDraft(key);
      },
    ),
  );
  const { flush, hasUnsaved } = autosaver;
  const changed = (value: T, complete?: boolean): void => {
    kept.current = key !== undefined && writeDraft(key, value);
    autosaver.changed(value, complete);
  };

  useEffect(() => {
    if (recovered !== undefined) changed(recovered, true);
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = (): void => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    const untrack = trackUnsavedEdits({ wouldLose: () => hasUnsaved() && !kept.current, flush });
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      untrack();
      void flush();
    };
  }, [flush, hasUnsaved]);

  return { state, ...autosaver, changed, recovered };
}
