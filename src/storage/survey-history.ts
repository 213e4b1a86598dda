import type { Cycle } from '../domain/cycle';
import { inSurveyOrder, type Survey } from '../domain/survey/survey';
import type { SurveyResponse } from '../domain/survey/survey-response';
import type { LeersteunspiegelDatabase } from './database';

/** A cycle's bevragingen, in the order every view lists them, and the answers to them. */
export interface CycleSurveys {
  surveys: Survey[];
  surveyResponses: SurveyResponse[];
}

/** One earlier cycle's bevragingen and their answers. */
export interface EarlierCycleSurveys extends CycleSurveys {
  cycle: Cycle;
}

/** Reads a cycle's bevragingen and their answers, within the caller's transaction (surveys, surveyResponses). */
export async function readCycleSurveys(db: LeersteunspiegelDatabase, cycleId: string): Promise<CycleSurveys> {
  const surveys = await db.surveys.where('cycleId').equals(cycleId).toArray();
  const surveyResponses = await db.surveyResponses
    .where('surveyId')
    .anyOf(surveys.map((survey) => survey.id))
    .toArray();
  return { surveys: inSurveyOrder(surveys), surveyResponses };
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
      earlier.push({ cycle, ...(await readCycleSurveys(db, cycle.id)) });
      previousId = cycle.previousCycleId;
    }
    return earlier;
  });
}
