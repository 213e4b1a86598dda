import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../storage/database';
import type { TableName } from '../../storage/tables';
import { watchTables } from '../../storage/table-watch';
import { subscribeShared, type Listener } from './shared-subscription';

/** The latest result of a query, or the error it threw; `loading` until the first result arrives. */
export type LiveResult<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/** How a live query learns that its records changed, and with whom on the page it is read. */
export interface LiveQueryOptions {
  /** Queries given the same name run once for all islands of the page that ask for them. */
  shareAs?: string;
  /**
   * The tables the query reads, for a query of many records: it runs again after any write to them
   * (`watchTables`), instead of Dexie noting every key it read to run again only when one of those changes.
   */
  tables?: readonly TableName[];
}

/**
 * Runs a Dexie query and runs it again whenever the data it read changes — in this tab or in another one,
 * since Dexie broadcasts every committed write to the other tabs of the site.
 */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  { shareAs, tables }: LiveQueryOptions = {},
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
      if (tables)
        return watchTables(getDatabase(), tables, query, (outcome) =>
          publish(
            'value' in outcome ? { status: 'ready', value: outcome.value } : { status: 'error', ...outcome },
          ),
        );
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
