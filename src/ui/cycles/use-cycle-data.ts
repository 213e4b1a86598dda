import { useEffect, useState } from 'preact/hooks';
import { CYCLE_DATA_TABLES, loadCycleData, type CycleData } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { useLiveQuery, type LiveResult } from '../hooks/use-live-query';
import { cycleIdFromLocation } from './cycle-link';

/** The cycle named in the address, kept current; `undefined` value when it is not on this device. */
export type CycleDataResult = { status: 'missingId' } | LiveResult<CycleData | undefined>;

/** Reads the cycle the address names (`?cyclus=…`) with everything its views show, and follows its changes. */
export function useCycleData(): CycleDataResult {
  // Read after hydration: the static HTML was rendered without an address to read.
  const [cycleId, setCycleId] = useState<string | null>(null);
  useEffect(() => {
    setCycleId(cycleIdFromLocation(window.location) ?? '');
  }, []);
  const result = useLiveQuery(
    async () => (cycleId ? loadCycleData(getDatabase(), cycleId) : undefined),
    [cycleId],
    // The rating page's bar and form show one cycle: they read it once. Five years of a team's records: the
    // cycle is read again after any write to its tables rather than Dexie noting every key it read.
    { shareAs: `cycle ${cycleId}`, tables: CYCLE_DATA_TABLES },
  );
  if (cycleId === '') return { status: 'missingId' };
  if (cycleId === null) return { status: 'loading' };
  return result;
}
