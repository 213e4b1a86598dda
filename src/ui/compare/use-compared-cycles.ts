import { comparedRatings, type ComparedCycle } from '../../domain/comparison';
import { listCycles, loadConsensusAndOwnAssessments } from '../../storage/cycle-store';
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
    const [cycles, settings] = await Promise.all([listCycles(db), loadSettings(db)]);
    const selfIds = cycles.flatMap((cycle) => settings.selfParticipantIds[cycle.id] ?? []);
    // Only what a comparison counts: not every member's rating and every participant of five years.
    const [assessments, people] = await Promise.all([
      loadConsensusAndOwnAssessments(db, selfIds),
      db.participants.bulkGet(selfIds),
    ]);
    return cycles.map((cycle): ComparedCycle => {
      const selfId = settings.selfParticipantIds[cycle.id];
      const person = people.find((participant) => participant?.id === selfId)?.name;
      return {
        cycle,
        ratings: comparedRatings(cycle, assessments, selfId),
        ...(cycle.mode === 'individual' && person !== undefined ? { person } : {}),
      };
    });
  }, []);
}
