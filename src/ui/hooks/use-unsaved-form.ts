import { useEffect, useRef } from 'preact/hooks';
import { trackUnsavedEdits } from '../unsaved-edits';

/** Tells the page that this form holds something that leaving now would lose (files chosen, a refused draft). */
export function useUnsavedForm(wouldLose: boolean): void {
  const current = useRef(wouldLose);
  current.current = wouldLose;
  useEffect(() => trackUnsavedEdits({ wouldLose: () => current.current }), []);
}
