import type { Cycle } from '../../domain/cycle';
import { cycleRatings, type RatingsByExpectation } from '../../domain/cycle-ratings';
import { listCycles } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/queries';
import { useLiveQuery, type LiveResult } from '../hooks/use-live-query';

/** Every cycle on this device, newest school year first, with the judgement that counts per expectation. */
export function useAllCycleRatings(): LiveResult<{ cycle: Cycle; ratings: RatingsByExpectation }[]> {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [cycles, assessments, settings] = await Promise.all([
      listCycles(db),
      db.assessments.toArray(),
      loadSettings(db),
    ]);
    return cycles.map((cycle) => ({
      cycle,
      ratings: cycleRatings(cycle, assessments, settings.selfParticipantIds[cycle.id]),
    }));
  }, []);
}
