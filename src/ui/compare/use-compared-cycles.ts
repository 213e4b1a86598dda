import { comparedRatings, type ComparedCycle } from '../../domain/comparison';
import { listCycles } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { loadSettings } from '../../storage/queries';
import { useLiveQuery, type LiveResult } from '../hooks/use-live-query';

/**
 * Every cycle on this device, newest school year first, with the judgements a comparison counts: a team's
 * consensus, or a personal reflection's own ratings with the name of whose reflection it is.
 */
export function useComparedCycles(): LiveResult<ComparedCycle[]> {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [cycles, assessments, participants, settings] = await Promise.all([
      listCycles(db),
      db.assessments.toArray(),
      db.participants.toArray(),
      loadSettings(db),
    ]);
    return cycles.map((cycle): ComparedCycle => {
      const selfId = settings.selfParticipantIds[cycle.id];
      const person = participants.find((participant) => participant.id === selfId)?.name;
      return {
        cycle,
        ratings: comparedRatings(cycle, assessments, selfId),
        ...(cycle.mode === 'individual' && person !== undefined ? { person } : {}),
      };
    });
  }, []);
}
