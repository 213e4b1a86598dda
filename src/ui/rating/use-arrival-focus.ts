import { useEffect } from 'preact/hooks';

/** What the form offers first: the scale's chosen answer, or else the first control of what shows instead. */
const FIRST_STOPS = ['input[name="rating"]:checked', 'a[href], button, input, select, textarea'];

/** Longest a Tab is held for a form that never shows a control (an expectation outside the cycle's scope). */
const MAX_HOLD_MS = 3000;

/**
 * Arriving at the form (`#anchor`: Alt+PageDown from the previous expectation, or a link to the rating), the
 * form is still being read from this device; a Tab pressed then went past the empty form to the footer. So
 * until the form shows a control a Tab is held, and then focus goes into it — unless the user has put focus
 * somewhere else meanwhile. The browser focuses the anchor itself once the page has loaded, before or after
 * the form shows: focus on the anchor moves on into the form too.
 */
export function useArrivalFocus(anchor: string): void {
  useEffect(() => {
    const form = document.getElementById(anchor);
    if (!form) return;
    const firstStop = (): HTMLElement | null =>
      FIRST_STOPS.map((selector) => form.querySelector<HTMLElement>(selector)).find(Boolean) ?? null;
    const idle = (): boolean => document.activeElement === document.body || document.activeElement === form;
    const onFocus = (event: FocusEvent): void => {
      if (event.target === form) firstStop()?.focus();
    };
    const holdTab = (event: KeyboardEvent): void => {
      if (event.key === 'Tab') event.preventDefault();
    };
    const release = (): void => {
      observer.disconnect();
      clearTimeout(timer);
      removeEventListener('keydown', holdTab, { capture: true });
    };
    const observer = new MutationObserver(() => {
      const stop = firstStop();
      if (!stop) return;
      release();
      if (idle()) stop.focus();
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    form.addEventListener('focus', onFocus);
    const stop = firstStop();
    if (stop) {
      if (document.activeElement === form) stop.focus();
    } else if (window.location.hash === `#${anchor}`) {
      addEventListener('keydown', holdTab, { capture: true });
      observer.observe(form, { childList: true, subtree: true });
      timer = setTimeout(release, MAX_HOLD_MS);
    }
    return () => {
      release();
      form.removeEventListener('focus', onFocus);
    };
  }, [anchor]);
}
