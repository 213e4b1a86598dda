import { isSurveyFinished } from '../domain/survey/survey';
import type { SurveyResponse } from '../domain/survey/survey-response';
import type { LeersteunspiegelDatabase } from './database';
import { checkEdit } from './edit-guard';
import { NotPaperResponseError, SurveyFinishedError, withStorageErrors } from './errors';
import { loadValidation } from './records';
import { putSurveyResponses, responseTables } from './survey-store';

/**
 * The answers typed in from a bevraging's paper forms, which the entry grid shows and lets the coordinator
 * fix: the coordinator holds the paper anyway. Answers from any other channel never leave storage this way.
 */
export async function loadPaperResponses(
  db: LeersteunspiegelDatabase,
  surveyId: string,
): Promise<SurveyResponse[]> {
  const responses = await db.surveyResponses.where('surveyId').equals(surveyId).toArray();
  return responses.filter((response) => response.channel === 'paper');
}

/**
 * The stored paper answer with this id, within the caller's transaction, once it may still change: refused
 * for an answer from another channel, once the bevraging is finished or deleted, and in a closed cycle.
 */
async function changeablePaperResponse(
  db: LeersteunspiegelDatabase,
  responseId: string,
  today: string,
): Promise<SurveyResponse> {
  const stored = await db.surveyResponses.get(responseId);
  if (!stored || stored.channel !== 'paper') throw new NotPaperResponseError(responseId);
  const survey = await db.surveys.get(stored.surveyId);
  if (!survey || isSurveyFinished(survey, today)) throw new SurveyFinishedError(stored.surveyId);
  await checkEdit(db, 'surveyResponses', stored);
  return stored;
}

/**
 * Puts a corrected row in place of a paper answer typed wrongly, keeping its id and bevraging; checked as a new
 * answer is (statements not asked are dropped). Refused, with nothing changed, as `changeablePaperResponse`
 * says. Returns what was stored.
 */
export async function replacePaperResponse(
  db: LeersteunspiegelDatabase,
  response: Pick<SurveyResponse, 'id' | 'answers' | 'openAnswers'>,
  today: string,
): Promise<SurveyResponse> {
  const { validateRecord } = await loadValidation();
  return withStorageErrors(() =>
    db.transaction('rw', responseTables(db), async () => {
      const stored = await changeablePaperResponse(db, response.id, today);
      await db.surveyResponses.delete(stored.id);
      const corrected = { ...stored, answers: response.answers, openAnswers: response.openAnswers };
      const [saved] = await putSurveyResponses(db, validateRecord, [corrected], today);
      return saved ?? corrected;
    }),
  );
}

/** Removes a paper answer typed by mistake (a form typed twice); refused as `changeablePaperResponse` says. */
export function deletePaperResponse(
  db: LeersteunspiegelDatabase,
  responseId: string,
  today: string,
): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', responseTables(db), async () => {
      await changeablePaperResponse(db, responseId, today);
      await db.surveyResponses.delete(responseId);
    }),
  );
}
