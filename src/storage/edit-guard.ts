import { mayWriteAssessment } from '../domain/assessment';
import type { Cycle } from '../domain/cycle';
import { isClosed, mayChangeCycle } from '../domain/workflow';
import type { LeersteunspiegelDatabase } from './database';
import { ClosedCycleError, NotSelfError } from './errors';
import { loadSettings } from './queries';
import { loadValidation, putRecord } from './records';
import type { RecordOf, TableName } from './tables';

/**
 * The cycle a record of a cycle's table belongs to, or undefined for the tables outside any cycle. An answer
 * names only its bevraging, which must then be in the caller's transaction (`guardedTables`).
 */
async function cycleIdOf(
  db: LeersteunspiegelDatabase,
  table: TableName,
  record: object,
): Promise<string | undefined> {
  if (table === 'cycles') return (record as Cycle).id;
  if (table === 'surveyResponses') {
    return (await db.surveys.get((record as RecordOf<'surveyResponses'>).surveyId))?.cycleId;
  }
  return 'cycleId' in record && typeof record.cycleId === 'string' ? record.cycleId : undefined;
}

/** The tables an edit of `table` and its check need. */
function guardedTables(table: TableName): string[] {
  return [...new Set([table, 'cycles', 'settings', ...(table === 'surveyResponses' ? ['surveys'] : [])])];
}

/**
 * Refuses, within the caller's transaction (cycles and settings included, and bevragingen for an answer), an
 * edit the user may not make: any change to a closed cycle but its reopening, and a rating or journal note under
 * a participant this device did not choose.
 */
export async function checkEdit(
  db: LeersteunspiegelDatabase,
  table: TableName,
  record: object,
): Promise<void> {
  const cycleId = await cycleIdOf(db, table, record);
  if (cycleId === undefined) return;
  const cycle = await db.cycles.get(cycleId);
  if (table === 'cycles' ? !mayChangeCycle(cycle, record as Cycle) : cycle && isClosed(cycle)) {
    throw new ClosedCycleError(cycleId);
  }
  if (table === 'assessments') {
    const assessment = record as RecordOf<'assessments'>;
    const self = (await loadSettings(db)).selfParticipantIds[cycleId];
    if (!mayWriteAssessment(assessment, self)) throw new NotSelfError(assessment.participantId);
  }
  if (table === 'journalNotes') {
    const { participantId } = record as RecordOf<'journalNotes'>;
    // A journal is personal: only the person this device's user chose to be writes or removes its notes.
    if ((await loadSettings(db)).selfParticipantIds[cycleId] !== participantId) {
      throw new NotSelfError(participantId);
    }
  }
}

/** Stores a record the user edited, after checking in the same transaction that the edit is allowed. */
export async function saveEditedRecord<N extends TableName>(
  db: LeersteunspiegelDatabase,
  table: N,
  record: RecordOf<N>,
): Promise<RecordOf<N>> {
  const { validateRecord } = await loadValidation();
  return db.transaction('rw', guardedTables(table), async () => {
    await checkEdit(db, table, record);
    return putRecord(db, validateRecord, table, record);
  });
}

/** Saves several records the user edited together, all or none: a list put in a new order shows at once. */
export async function saveEditedRecords<N extends TableName>(
  db: LeersteunspiegelDatabase,
  table: N,
  records: readonly RecordOf<N>[],
): Promise<RecordOf<N>[]> {
  const { validateRecord } = await loadValidation();
  return db.transaction('rw', guardedTables(table), async () => {
    const saved: RecordOf<N>[] = [];
    for (const record of records) {
      await checkEdit(db, table, record);
      saved.push(await putRecord(db, validateRecord, table, record));
    }
    return saved;
  });
}

/** Deletes a record the user chose to remove, unless its cycle is closed. */
export function deleteEditedRecord(
  db: LeersteunspiegelDatabase,
  table: TableName,
  id: string,
): Promise<void> {
  return db.transaction('rw', guardedTables(table), async () => {
    const record = (await db.table(table).get(id)) as object | undefined;
    if (record) await checkEdit(db, table, record);
    await db.table(table).delete(id);
  });
}
