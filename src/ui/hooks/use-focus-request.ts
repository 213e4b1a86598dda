import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a request waits for its element: long enough for a stored record to come back from the database. */
const WAIT_MS = 2_000;

/**
 * Moves focus to an element by id once it is on the page. The element may appear a render or two later —
 * a saved record shows up when the database reports the change — so the request waits briefly, then lapses
 * rather than stealing focus from where the user has gone meanwhile.
 */
export function useFocusRequest(): (id: string) => void {
  const [target, setTarget] = useState<string>();
  const requestedAt = useRef(0);
  // Runs after every render: the element may arrive in any of them.
  useEffect(() => {
    if (target === undefined) return;
    const element = document.getElementById(target);
    const lapsed = Date.now() - requestedAt.current > WAIT_MS;
    // Not there yet: look again after the next render.
    if (!element && !lapsed) return;
    if (!lapsed) element?.focus();
    setTarget(undefined);
  });
  return (id: string): void => {
    requestedAt.current = Date.now();
    setTarget(id);
  };
}
