import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a request waits for its element: long enough for a stored record to come back from the database. */
const WAIT_MS = 2_000;

/**
 * Moves focus to an element by id once it is on the page. The element may appear a render or two later —
 * a saved record shows up when the database reports the change — so the request waits briefly, then lapses
 * rather than stealing focus from where the user has gone meanwhile. Where the user has put focus on a control
 * in the meantime (clicked into a form's first field as it opened, and begun to type), it is left there: keys
 * typed after a late move would go nowhere. Focus that fell to the page because its element went (the form just
 * saved) is still moved.
 */
export function useFocusRequest(): (id: string) => void {
  const [target, setTarget] = useState<string>();
  const requestedAt = useRef(0);
  const focusedAtRequest = useRef<Element | null>(null);
  // Runs after every render: the element may arrive in any of them.
  useEffect(() => {
    if (target === undefined) return;
    const element = document.getElementById(target);
    const lapsed = Date.now() - requestedAt.current > WAIT_MS;
    // Not there yet: look again after the next render.
    if (!element && !lapsed) return;
    const focused = document.activeElement;
    const userMovedFocus =
      focused !== focusedAtRequest.current && focused !== null && focused !== document.body;
    if (!lapsed && !userMovedFocus) element?.focus();
    setTarget(undefined);
  });
  return (id: string): void => {
    requestedAt.current = Date.now();
    focusedAtRequest.current = document.activeElement;
    setTarget(id);
  };
}
