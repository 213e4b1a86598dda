import { useEffect, useRef } from 'preact/hooks';
import { trackUnsavedEdits } from '../unsaved-edits';

/** Tells the page that this form, saved only by its button, holds typed text that is not stored yet. */
export function useUnsavedForm(dirty: boolean): void {
  const current = useRef(dirty);
  current.current = dirty;
  useEffect(() => trackUnsavedEdits({ hasUnsaved: () => current.current }), []);
}
