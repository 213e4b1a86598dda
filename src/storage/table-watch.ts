import Dexie, { type ObservabilitySet } from 'dexie';
import type { TableName } from './tables';

/** What one read gave: its value, or the error it threw. */
export type ReadOutcome<T> = { value: T } | { error: unknown };

/**
 * Runs `read` now, and again after every committed write to one of `tables`, in this tab or in another tab of the
 * site (Dexie announces each commit to all of them), and hands each outcome to `publish`; returns the function
 * that stops it.
 *
 * For reads of many records, where Dexie's `liveQuery` costs: it notes the key of every record a read returns,
 * to read again only when one of those changes, and for a cycle's views (two thousand assessments after five
 * years) that bookkeeping was a fifth of the task that received them (12 of 58 ms at 4x slowdown in the
 * consensus view). The price is that a write to another record of the same tables (another cycle's) also
 * reads again.
 */
export function watchTables<T>(
  db: Dexie,
  tables: readonly TableName[],
  read: () => Promise<T>,
  publish: (outcome: ReadOutcome<T>) => void,
): () => void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  let stopped = false;
  let reading = false;
  let readAgain = false;

  const run = async (): Promise<void> => {
    // A write during a read makes its result old: read once more, and publish only what came after the write.
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    do {
      readAgain = false;
      const outcome = await read().then(
        (value): ReadOutcome<T> => ({ value }),
        (error: unknown): ReadOutcome<T> => ({ error }),
      );
      if (!stopped && !readAgain) publish(outcome);
    } while (readAgain && !stopped);
    reading = false;
  };

  // `all`: Dexie's word for "anything may have changed", as when a page comes back from the browser's cache.
  const touched = (parts: ObservabilitySet): boolean =>
    Object.keys(parts).some((part) => part === 'all' || prefixes.some((prefix) => part.startsWith(prefix)));
  const onCommit = (parts: ObservabilitySet): void => {
    if (!stopped && touched(parts)) void run();
  };

  Dexie.on('storagemutated', onCommit);
  void run();
  return () => {
    stopped = true;
    Dexie.on('storagemutated').unsubscribe(onCommit);
  };
}
