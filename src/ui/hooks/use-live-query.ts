import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { subscribeShared, type Listener } from './shared-subscription';

/** The latest result of a query, or the error it threw; `loading` until the first result arrives. */
export type LiveResult<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Runs a Dexie query and runs it again whenever the data it read changes — in this tab or in another one,
 * since Dexie broadcasts every committed write to the other tabs of the site. Queries given the same `shareAs`
 * run once for all islands of the page that ask for them.
 */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  shareAs?: string,
): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    // A new query (other deps) must not show the previous query's result as its own.
    setResult({ status: 'loading' });
    // A result is shown in a task of its own: rendering it in the task that read it (five years of records
    // taken from the database) made one long task of the two, in which the page could not answer the user.
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const show = (next: LiveResult<T>): void => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        setResult(next);
      });
      timers.add(timer);
    };
    const start = (publish: Listener<LiveResult<T>>): (() => void) => {
      const subscription = liveQuery(query).subscribe({
        next: (value) => publish({ status: 'ready', value }),
        error: (error: unknown) => publish({ status: 'error', error }),
      });
      return () => subscription.unsubscribe();
    };
    const stop = shareAs === undefined ? start(show) : subscribeShared(shareAs, start, show);
    return () => {
      stop();
      for (const timer of timers) clearTimeout(timer);
    };
    // The caller names what the query depends on, as with useEffect.
  }, deps);
  return result;
}
