import { comparedRatings, type ComparedCycle } from '../../domain/comparison';
import { loadCycleStandings } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { useLiveQuery, type LiveResult } from '../hooks/use-live-query';

/**
 * Every cycle on this device, newest school year first, with the judgements a comparison counts: a team's
 * consensus, or a personal reflection's own ratings with the name of whose reflection it is.
 */
export function useComparedCycles(): LiveResult<ComparedCycle[]> {
  return useLiveQuery(async () => {
    // Only what a comparison counts: not every member's rating and every participant of five years.
    const { cycles, selfParticipantIds, selves, assessments } = await loadCycleStandings(getDatabase());
    return cycles.map((cycle): ComparedCycle => {
      const selfId = selfParticipantIds[cycle.id];
      const person = selves.find((participant) => participant.id === selfId)?.name;
      return {
        cycle,
        ratings: comparedRatings(cycle, assessments, selfId),
        ...(cycle.mode === 'individual' && person !== undefined ? { person } : {}),
      };
    });
  }, []);
}
