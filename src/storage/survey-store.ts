import type { Cycle } from '../domain/cycle';
import { touched } from '../domain/record';
import { asksSameStatements, isSurveyFinished, type Survey } from '../domain/survey/survey';
import type { SurveyResponse } from '../domain/survey/survey-response';
import type { LeersteunspiegelDatabase } from './database';
import { checkEdit } from './edit-guard';
import {
  SurveyFinishedError,
  SurveyFrozenError,
  SpreadsheetKnownError,
  SurveyResponseKnownError,
  withStorageErrors,
} from './errors';
import { loadValidation } from './records';
import type { ValidateRecord } from './record-validation';

/**
 * Stores a bevraging the coordinator set up or changed. Once it has answers, what it asks is frozen: a
 * statement changed, added or taken out would make its answers mean something else, so that is refused
 * (a changed statement is a new one, in a new bevraging). Returns what was stored.
 */
export async function saveSurvey(db: LeersteunspiegelDatabase, survey: Survey): Promise<Survey> {
  const { validateRecord } = await loadValidation();
  const valid = validateRecord('surveys', touched(survey));
  await withStorageErrors(() =>
    db.transaction('rw', [db.surveys, db.surveyResponses, db.cycles, db.settings], async () => {
      await checkEdit(db, 'surveys', valid);
      const stored = await db.surveys.get(valid.id);
      if (stored && !asksSameStatements(stored, valid)) {
        const answered = await db.surveyResponses.where('surveyId').equals(valid.id).count();
        if (answered > 0) throw new SurveyFrozenError(valid.id);
      }
      await db.surveys.put(valid);
    }),
  );
  return valid;
}

/** Stops taking answers before the period ends, so the results show; closing twice keeps the first moment. */
export async function closeSurvey(db: LeersteunspiegelDatabase, surveyId: string, now = new Date()) {
  const { validateRecord } = await loadValidation();
  await withStorageErrors(() =>
    db.transaction('rw', [db.surveys, db.cycles, db.settings], async () => {
      const survey = await db.surveys.get(surveyId);
      if (!survey || survey.closedAt) return;
      await checkEdit(db, 'surveys', survey);
      await db.surveys.put(
        validateRecord('surveys', touched({ ...survey, closedAt: now.toISOString() }, now)),
      );
    }),
  );
}

/** Deletes a bevraging with all its answers. */
export async function deleteSurvey(db: LeersteunspiegelDatabase, surveyId: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', [db.surveys, db.surveyResponses, db.cycles, db.settings], async () => {
      const survey = await db.surveys.get(surveyId);
      if (!survey) return;
      await checkEdit(db, 'surveys', survey);
      await db.surveyResponses.where('surveyId').equals(surveyId).delete();
      await db.surveys.delete(surveyId);
    }),
  );
}

/**
 * Stores one respondent's answers at once. Refused when the bevraging no longer takes answers (closed, or its
 * period over on `today`) or its cycle is closed; an answer to a statement the bevraging does not ask is
 * dropped rather than kept, so no stray id ever reaches a result.
 */
export async function recordSurveyResponse(
  db: LeersteunspiegelDatabase,
  response: SurveyResponse,
  today: string,
): Promise<SurveyResponse> {
  const [stored] = await recordSurveyResponses(db, [response], today);
  return stored ?? response;
}

/**
 * Stores several respondents' answers, to one bevraging or more, all or nothing: a stack of answer files or a
 * spreadsheet is never half read in. Each answer is checked as `recordSurveyResponse` checks it; an answer whose
 * id is already stored (a file read twice) refuses the whole batch with `SurveyResponseKnownError`.
 */
export async function recordSurveyResponses(
  db: LeersteunspiegelDatabase,
  responses: readonly SurveyResponse[],
  today: string,
): Promise<SurveyResponse[]> {
  const { validateRecord } = await loadValidation();
  return withStorageErrors(() =>
    db.transaction('rw', responseTables(db), () => putSurveyResponses(db, validateRecord, responses, today)),
  );
}

/** The tables a write of answers reads and writes: what `putSurveyResponses` needs its transaction to span. */
export const responseTables = (db: LeersteunspiegelDatabase) => [
  db.surveys,
  db.surveyResponses,
  db.cycles,
  db.settings,
];

/**
 * recordSurveyResponses within the caller's transaction over responseTables, with validateRecord loaded before
 * it opened: loading it inside would let the transaction commit before the answers are written.
 */
export async function putSurveyResponses(
  db: LeersteunspiegelDatabase,
  validateRecord: ValidateRecord,
  responses: readonly SurveyResponse[],
  today: string,
): Promise<SurveyResponse[]> {
  const candidates = responses.map((response) => validateRecord('surveyResponses', response));
  const known = await db.surveyResponses.bulkGet(candidates.map((candidate) => candidate.id));
  const knownIds = known.flatMap((response) => (response ? [response.id] : []));
  if (knownIds.length > 0) throw new SurveyResponseKnownError(knownIds);
  const surveys = new Map<string, Survey>();
  const valid: SurveyResponse[] = [];
  for (const candidate of candidates) {
    const survey = surveys.get(candidate.surveyId) ?? (await db.surveys.get(candidate.surveyId));
    if (!survey || isSurveyFinished(survey, today)) throw new SurveyFinishedError(candidate.surveyId);
    if (!surveys.has(survey.id)) await checkEdit(db, 'surveyResponses', candidate);
    surveys.set(survey.id, survey);
    const asked = new Set([...survey.itemIds, ...survey.ownStatements.map((statement) => statement.id)]);
    valid.push(
      validateRecord('surveyResponses', {
        ...candidate,
        answers: Object.fromEntries(Object.entries(candidate.answers).filter(([id]) => asked.has(id))),
      }),
    );
  }
  await db.surveyResponses.bulkAdd(valid);
  return valid;
}

/** Whether answers from the file with this fingerprint are stored: it was read before. */
export async function isSpreadsheetKnown(db: LeersteunspiegelDatabase, sourceFile: string): Promise<boolean> {
  return (await db.surveyResponses.filter((response) => response.sourceFile === sourceFile).count()) > 0;
}

/**
 * Stores every answer read from one spreadsheet, all or nothing, as `recordSurveyResponses` does. A file whose
 * fingerprint an answer already carries was read before: the whole file is refused with
 * `SpreadsheetKnownError`, so its answers are never counted twice.
 */
export async function recordSpreadsheetResponses(
  db: LeersteunspiegelDatabase,
  responses: readonly SurveyResponse[],
  sourceFile: string,
  today: string,
): Promise<SurveyResponse[]> {
  const { validateRecord } = await loadValidation();
  return withStorageErrors(() =>
    db.transaction('rw', responseTables(db), async () => {
      if (await isSpreadsheetKnown(db, sourceFile)) throw new SpreadsheetKnownError(sourceFile);
      return putSurveyResponses(
        db,
        validateRecord,
        responses.map((response) => ({ ...response, channel: 'spreadsheet', sourceFile })),
        today,
      );
    }),
  );
}

/** The ids of a bevraging's stored answers: how many answered, and which answer files were read in before. */
export function surveyResponseIds(db: LeersteunspiegelDatabase, surveyId: string): Promise<string[]> {
  return db.surveyResponses.where('surveyId').equals(surveyId).primaryKeys();
}

/** A bevraging with the cycle it belongs to, as the afnamemodus needs them; undefined when not on this device. */
export function loadSurvey(
  db: LeersteunspiegelDatabase,
  surveyId: string,
): Promise<{ survey: Survey; cycle: Cycle | undefined } | undefined> {
  return db.transaction('r', [db.surveys, db.cycles], async () => {
    const survey = await db.surveys.get(surveyId);
    return survey ? { survey, cycle: await db.cycles.get(survey.cycleId) } : undefined;
  });
}
