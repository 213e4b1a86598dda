import type { Action } from '../domain/action';
import type { Assessment } from '../domain/assessment';
import type { ConditionCheck } from '../domain/condition-check';
import { successorOf, type Cycle } from '../domain/cycle';
import type { Evidence } from '../domain/evidence';
import type { JournalNote } from '../domain/journal-note';
import { inCycleOrder, type Participant } from '../domain/participant';
import type { Recommendation } from '../domain/recommendation';
import { newRecordMeta, touched } from '../domain/record';
import type { Settings } from '../domain/settings';
import type { Survey } from '../domain/survey/survey';
import type { SurveyResponse } from '../domain/survey/survey-response';
import type { LeersteunspiegelDatabase } from './database';
import { withStorageErrors } from './errors';
import { unlinkEvidence } from './evidence-store';
import { loadSettings } from './queries';
import { loadValidation } from './records';
import type { ValidateRecord } from './record-validation';
import { readCycleSurveys } from './survey-history';
import type { TableName } from './tables';
import { compareCodes } from '../domain/code-order';

/** Everything one cycle's views read, taken in one consistent read. */
export interface CycleData {
  cycle: Cycle;
  /** In the one order every view shows them (inCycleOrder). */
  participants: Participant[];
  assessments: Assessment[];
  evidence: Evidence[];
  actions: Action[];
  /** The team's own wording of recommendations, at most one per expectation. */
  recommendations: Recommendation[];
  /** The team's checks of the operating conditions. */
  conditionChecks: ConditionCheck[];
  /** Each person's dated journal notes per expectation. */
  journalNotes: JournalNote[];
  /** The bevragingen of schools, teachers, parents and pupils. */
  surveys: Survey[];
  /** The answers to those bevragingen. */
  surveyResponses: SurveyResponse[];
  /** The participant who uses this device in this cycle, if chosen. */
  selfParticipantId: string | undefined;
  /** Next school year's cycle, once started from this one. */
  successor: Cycle | undefined;
}

/** Every cycle, newest school year first. */
export async function listCycles(db: LeersteunspiegelDatabase): Promise<Cycle[]> {
  const cycles = await db.cycles.toArray();
  return cycles.sort(
    (a, b) => compareCodes(b.schoolYear, a.schoolYear) || compareCodes(b.createdAt, a.createdAt),
  );
}

/**
 * The assessments that say where each cycle stands, as the cycle list and the comparison of cycles show it:
 * every cycle's consensus, and the own assessments of the given participants (this device's person in each
 * cycle). On five years of data the members' individual ratings are nearly the whole table (ten thousand, each
 * with its justification) and neither view needs them, so both are read through an index.
 */
export function loadConsensusAndOwnAssessments(
  db: LeersteunspiegelDatabase,
  participantIds: readonly string[],
): Promise<Assessment[]> {
  return db.transaction('r', db.assessments, async () => {
    const [consensus, own] = await Promise.all([
      db.assessments.where('kind').equals('consensus').toArray(),
      participantIds.length > 0 ? db.assessments.where('participantId').anyOf(participantIds).toArray() : [],
    ]);
    return [...consensus, ...own];
  });
}

/** Every cycle with where it stands on this device, as the cycle list and the comparison of cycles show it. */
export interface CycleStandings {
  /** Newest school year first. */
  cycles: Cycle[];
  /** The person this device is in each cycle, by cycle id, where one was chosen. */
  selfParticipantIds: Readonly<Record<string, string>>;
  /** Those persons' records, for their names. */
  selves: Participant[];
  /** Every cycle's consensus and the own assessments of this device's person in it. */
  assessments: Assessment[];
}

/** Every cycle, with this device's person in it and the assessments that say where it stands. */
export async function loadCycleStandings(db: LeersteunspiegelDatabase): Promise<CycleStandings> {
  const [cycles, settings] = await Promise.all([listCycles(db), loadSettings(db)]);
  const selfIds = cycles.flatMap((cycle) => settings.selfParticipantIds[cycle.id] ?? []);
  const [assessments, selves] = await Promise.all([
    loadConsensusAndOwnAssessments(db, selfIds),
    db.participants.bulkGet(selfIds),
  ]);
  return {
    cycles,
    selfParticipantIds: settings.selfParticipantIds,
    selves: selves.filter((participant) => participant !== undefined),
    assessments,
  };
}

/** The tables a cycle's views read (`loadCycleData`): after a write to any of them they read the cycle again. */
export const CYCLE_DATA_TABLES = [
  'cycles',
  'participants',
  'assessments',
  'evidence',
  'actions',
  'recommendations',
  'conditionChecks',
  'journalNotes',
  'surveys',
  'surveyResponses',
  'settings',
] as const satisfies readonly TableName[];

/**
 * One cycle with its participants, assessments, evidence, actions, recommendations, condition checks and
 * journal notes; undefined when it does not exist.
 */
export function loadCycleData(db: LeersteunspiegelDatabase, cycleId: string): Promise<CycleData | undefined> {
  return db.transaction('r', [...CYCLE_DATA_TABLES], async () => {
    const cycle = await db.cycles.get(cycleId);
    if (!cycle) return undefined;
    const [
      participants,
      assessments,
      evidence,
      actions,
      recommendations,
      conditionChecks,
      journalNotes,
      cycleSurveys,
      settings,
      successors,
    ] = await Promise.all([
      db.participants.where('cycleId').equals(cycleId).toArray(),
      db.assessments.where('cycleId').equals(cycleId).toArray(),
      db.evidence.where('cycleId').equals(cycleId).toArray(),
      db.actions.where('cycleId').equals(cycleId).toArray(),
      db.recommendations.where('cycleId').equals(cycleId).toArray(),
      db.conditionChecks.where('cycleId').equals(cycleId).toArray(),
      db.journalNotes.where('cycleId').equals(cycleId).toArray(),
      readCycleSurveys(db, cycleId),
      loadSettings(db),
      db.cycles.where('previousCycleId').equals(cycleId).toArray(),
    ]);
    return {
      cycle,
      participants: inCycleOrder(participants),
      assessments,
      evidence,
      actions,
      recommendations,
      conditionChecks,
      journalNotes,
      ...cycleSurveys,
      selfParticipantId: settings.selfParticipantIds[cycleId],
      successor: successorOf(cycle, successors),
    };
  });
}

/** What creating a cycle writes: the cycle, its first participants, and optionally carried-over actions. */
export interface NewCycle {
  cycle: Cycle;
  participants: readonly Participant[];
  /** The participant who uses this device; must be one of `participants`. */
  self?: Participant;
  actions?: readonly Action[];
}

/** Validates everything of a new cycle before anything is written. */
function validateNewCycle(validateRecord: ValidateRecord, created: NewCycle) {
  return {
    cycle: validateRecord('cycles', created.cycle),
    participants: created.participants.map((p) => validateRecord('participants', p)),
    actions: (created.actions ?? []).map((a) => validateRecord('actions', a)),
  };
}

/** Writes a validated new cycle within the caller's transaction (cycles, participants, actions, settings). */
async function addNewCycle(
  db: LeersteunspiegelDatabase,
  validateRecord: ValidateRecord,
  valid: ReturnType<typeof validateNewCycle>,
  self: Participant | undefined,
): Promise<void> {
  await db.cycles.add(valid.cycle);
  await db.participants.bulkAdd(valid.participants);
  await db.actions.bulkAdd(valid.actions);
  if (self) await putSelfParticipant(db, validateRecord, valid.cycle.id, self.id);
}

/** createCycleRecords within the caller's transaction, with validateRecord loaded before it opened. */
export function putCycleRecords(
  db: LeersteunspiegelDatabase,
  validateRecord: ValidateRecord,
  created: NewCycle,
): Promise<void> {
  return addNewCycle(db, validateRecord, validateNewCycle(validateRecord, created), created.self);
}

/** Stores a new cycle and everything that comes with it in one transaction: all of it, or none. */
export async function createCycleRecords(db: LeersteunspiegelDatabase, created: NewCycle): Promise<void> {
  const { validateRecord } = await loadValidation();
  const valid = validateNewCycle(validateRecord, created);
  await withStorageErrors(() =>
    db.transaction('rw', [db.cycles, db.participants, db.actions, db.settings], () =>
      addNewCycle(db, validateRecord, valid, created.self),
    ),
  );
}

/** Next school year's cycle as planned, with what it carries over from the cycle it follows up. */
export interface NextCycle extends NewCycle {
  /** The originals of the carried-over actions, marked with their copy. */
  carriedActions: readonly Action[];
  /** Copies of the evidence kept; their files are copied along. */
  evidence: readonly Evidence[];
}

/**
 * Starts next year's cycle in one transaction, unless the previous cycle has a successor already and the
 * user did not insist on a second: then nothing is written. Returns the cycle to open, and whether it is new.
 */
export async function startNextCycle(
  db: LeersteunspiegelDatabase,
  next: NextCycle,
  options: { second: boolean },
): Promise<{ cycleId: string; created: boolean }> {
  const previousId = next.cycle.previousCycleId ?? '';
  const { validateRecord } = await loadValidation();
  const valid = validateNewCycle(validateRecord, next);
  const evidence = next.evidence.map((e) => validateRecord('evidence', e));
  return withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.cycles, db.participants, db.actions, db.settings, db.evidence, db.attachments],
      async () => {
        const existing = successorOf(
          { id: previousId },
          await db.cycles.where('previousCycleId').equals(previousId).toArray(),
        );
        if (existing && !options.second) return { cycleId: existing.id, created: false };
        await addNewCycle(db, validateRecord, valid, next.self);
        // Marked on the stored original, so an edit made meanwhile in another tab is kept.
        for (const { id, carriedOverToId } of next.carriedActions) {
          const stored = await db.actions.get(id);
          if (stored)
            await db.actions.put(validateRecord('actions', touched({ ...stored, carriedOverToId })));
        }
        await db.evidence.bulkAdd(evidence);
        const files = await db.attachments
          .where('evidenceId')
          .anyOf(evidence.map((e) => e.carriedOverFromId ?? ''))
          .toArray();
        await db.attachments.bulkAdd(
          evidence.flatMap((copy) =>
            files
              .filter((file) => file.evidenceId === copy.carriedOverFromId)
              .map((file) => ({ ...file, ...newRecordMeta(), evidenceId: copy.id })),
          ),
        );
        return { cycleId: valid.cycle.id, created: true };
      },
    ),
  );
}

/** Records who uses this device in a cycle ("wie ben ik"). */
export async function setSelfParticipant(
  db: LeersteunspiegelDatabase,
  cycleId: string,
  participantId: string,
): Promise<Settings> {
  const { validateRecord } = await loadValidation();
  return withStorageErrors(() =>
    db.transaction('rw', db.settings, () => putSelfParticipant(db, validateRecord, cycleId, participantId)),
  );
}

/** setSelfParticipant within the caller's transaction (which must include `settings`). */
async function putSelfParticipant(
  db: LeersteunspiegelDatabase,
  validateRecord: ValidateRecord,
  cycleId: string,
  participantId: string,
): Promise<Settings> {
  const settings = await loadSettings(db);
  const next = validateRecord(
    'settings',
    touched({
      ...settings,
      selfParticipantIds: { ...settings.selfParticipantIds, [cycleId]: participantId },
    }),
  );
  await db.settings.put(next);
  return next;
}

/**
 * Deletes a cycle with everything that belongs to it: participants, assessments, evidence and their files,
 * actions, recommendations, condition checks, journal notes, and bevragingen with their answers.
 */
export async function deleteCycle(db: LeersteunspiegelDatabase, cycleId: string): Promise<void> {
  const { validateRecord } = await loadValidation();
  await withStorageErrors(() =>
    db.transaction(
      'rw',
      [
        db.cycles,
        db.participants,
        db.assessments,
        db.evidence,
        db.attachments,
        db.actions,
        db.recommendations,
        db.conditionChecks,
        db.journalNotes,
        db.surveys,
        db.surveyResponses,
        db.settings,
      ],
      async () => {
        const evidenceIds = await db.evidence.where('cycleId').equals(cycleId).primaryKeys();
        await db.attachments.where('evidenceId').anyOf(evidenceIds).delete();
        const surveyIds = await db.surveys.where('cycleId').equals(cycleId).primaryKeys();
        await db.surveyResponses.where('surveyId').anyOf(surveyIds).delete();
        await Promise.all(
          [
            db.participants,
            db.assessments,
            db.evidence,
            db.actions,
            db.recommendations,
            db.conditionChecks,
            db.journalNotes,
            db.surveys,
          ].map((table) => table.where('cycleId').equals(cycleId).delete()),
        );
        // A check in another cycle should not point to this cycle's evidence, but if one does, it stops.
        await unlinkEvidence(db, validateRecord, evidenceIds);
        await db.cycles.delete(cycleId);
        const settings = await loadSettings(db);
        if (cycleId in settings.selfParticipantIds) {
          const { [cycleId]: _removed, ...rest } = settings.selfParticipantIds;
          await db.settings.put(
            validateRecord('settings', touched({ ...settings, selfParticipantIds: rest })),
          );
        }
      },
    ),
  );
}
