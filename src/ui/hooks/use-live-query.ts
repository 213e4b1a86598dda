import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The latest result of a query, or the error it threw; `loading` until the first result arrives. */
export type LiveResult<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Runs a Dexie query and runs it again whenever the data it read changes — in this tab or in another one,
 * since Dexie broadcasts every committed write to the other tabs of the site.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    // A new query (other deps) must not show the previous query's result as its own.
    setResult({ status: 'loading' });
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // The caller names what the query depends on, as with useEffect.
  }, deps);
  return result;
}
