import { agreedCount } from '../../domain/consensus/agreed';
import type { Cycle } from '../../domain/cycle';
import { ownRatings, type RatingsByExpectation } from '../../domain/cycle-ratings';
import { listCycles } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/queries';
import { useLiveQuery, type LiveResult } from '../hooks/use-live-query';

/** Where a cycle stands: the user's own ratings and, in a team cycle, how many the team agreed on. */
export interface CycleStanding {
  cycle: Cycle;
  own: RatingsByExpectation;
  /** Expectations with an agreed team judgement; undefined for a personal reflection. */
  agreed: number | undefined;
}

/** Every cycle on this device, newest school year first, with the user's own ratings and the team's progress. */
export function useAllCycleRatings(): LiveResult<CycleStanding[]> {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [cycles, assessments, settings] = await Promise.all([
      listCycles(db),
      db.assessments.toArray(),
      loadSettings(db),
    ]);
    return cycles.map((cycle) => ({
      cycle,
      own: ownRatings(cycle, assessments, settings.selfParticipantIds[cycle.id]),
      agreed: cycle.mode === 'team' ? agreedCount(cycle, assessments) : undefined,
    }));
  }, []);
}
