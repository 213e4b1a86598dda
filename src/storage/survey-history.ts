import type { Cycle } from '../domain/cycle';
import { inSurveyOrder, type Survey } from '../domain/survey/survey';
import type { SurveyResponse } from '../domain/survey/survey-response';
import type { LeersteunspiegelDatabase } from './database';

/** One earlier cycle's bevragingen and their answers. */
export interface EarlierCycleSurveys {
  cycle: Cycle;
  surveys: Survey[];
  surveyResponses: SurveyResponse[];
}

/**
 * The bevragingen of the cycles before this one, following `previousCycleId` back, newest first, read in one
 * transaction. The chain stops at a cycle no longer on this device (deleted, or never imported) and at a cycle
 * seen before, so a loop from a hand-edited backup cannot hang the page.
 */
export function loadEarlierSurveys(
  db: LeersteunspiegelDatabase,
  cycleId: string,
): Promise<EarlierCycleSurveys[]> {
  return db.transaction('r', [db.cycles, db.surveys, db.surveyResponses], async () => {
    const earlier: EarlierCycleSurveys[] = [];
    const seen = new Set([cycleId]);
    let previousId = (await db.cycles.get(cycleId))?.previousCycleId;
    while (previousId !== undefined && !seen.has(previousId)) {
      seen.add(previousId);
      const cycle = await db.cycles.get(previousId);
      if (!cycle) break;
      const surveys = await db.surveys.where('cycleId').equals(cycle.id).toArray();
      const surveyResponses = await db.surveyResponses
        .where('surveyId')
        .anyOf(surveys.map((survey) => survey.id))
        .toArray();
      earlier.push({ cycle, surveys: inSurveyOrder(surveys), surveyResponses });
      previousId = cycle.previousCycleId;
    }
    return earlier;
  });
}
