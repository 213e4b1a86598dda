import type { Action } from '../domain/action';
import type { Assessment } from '../domain/assessment';
import type { ConditionCheck } from '../domain/condition-check';
import type { Cycle } from '../domain/cycle';
import type { Evidence } from '../domain/evidence';
import { inCycleOrder, type Participant } from '../domain/participant';
import type { Recommendation } from '../domain/recommendation';
import { touched } from '../domain/record';
import type { Settings } from '../domain/settings';
import type { LeersteunspiegelDatabase } from './database';
import { withStorageErrors } from './errors';
import { unlinkEvidence } from './evidence-store';
import { loadSettings } from './queries';
import { validateRecord } from './records';

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
  /** The participant who uses this device in this cycle, if chosen. */
  selfParticipantId: string | undefined;
}

/** Every cycle, newest school year first. */
export async function listCycles(db: LeersteunspiegelDatabase): Promise<Cycle[]> {
  const cycles = await db.cycles.toArray();
  return cycles.sort(
    (a, b) => b.schoolYear.localeCompare(a.schoolYear) || b.createdAt.localeCompare(a.createdAt),
  );
}

/**
 * One cycle with its participants, assessments, evidence, actions, recommendations and condition checks;
 * undefined when it does not exist.
 */
export function loadCycleData(db: LeersteunspiegelDatabase, cycleId: string): Promise<CycleData | undefined> {
  return db.transaction(
    'r',
    [
      db.cycles,
      db.participants,
      db.assessments,
      db.evidence,
      db.actions,
      db.recommendations,
      db.conditionChecks,
      db.settings,
    ],
    async () => {
      const cycle = await db.cycles.get(cycleId);
      if (!cycle) return undefined;
      const [participants, assessments, evidence, actions, recommendations, conditionChecks, settings] =
        await Promise.all([
          db.participants.where('cycleId').equals(cycleId).toArray(),
          db.assessments.where('cycleId').equals(cycleId).toArray(),
          db.evidence.where('cycleId').equals(cycleId).toArray(),
          db.actions.where('cycleId').equals(cycleId).toArray(),
          db.recommendations.where('cycleId').equals(cycleId).toArray(),
          db.conditionChecks.where('cycleId').equals(cycleId).toArray(),
          loadSettings(db),
        ]);
      return {
        cycle,
        participants: inCycleOrder(participants),
        assessments,
        evidence,
        actions,
        recommendations,
        conditionChecks,
        selfParticipantId: settings.selfParticipantIds[cycleId],
      };
    },
  );
}

/** What creating a cycle writes: the cycle, its first participants, and optionally carried-over actions. */
export interface NewCycle {
  cycle: Cycle;
  participants: readonly Participant[];
  /** The participant who uses this device; must be one of `participants`. */
  self?: Participant;
  actions?: readonly Action[];
}

/** Stores a new cycle and everything that comes with it in one transaction: all of it, or none. */
export async function createCycleRecords(db: LeersteunspiegelDatabase, created: NewCycle): Promise<void> {
  const cycle = validateRecord('cycles', created.cycle);
  const participants = created.participants.map((p) => validateRecord('participants', p));
  const actions = (created.actions ?? []).map((a) => validateRecord('actions', a));
  await withStorageErrors(() =>
    db.transaction('rw', [db.cycles, db.participants, db.actions, db.settings], async () => {
      await db.cycles.add(cycle);
      await db.participants.bulkAdd(participants);
      await db.actions.bulkAdd(actions);
      if (created.self) await setSelfParticipant(db, cycle.id, created.self.id);
    }),
  );
}

/** Records who uses this device in a cycle ("wie ben ik"). */
export async function setSelfParticipant(
  db: LeersteunspiegelDatabase,
  cycleId: string,
  participantId: string,
): Promise<Settings> {
  return withStorageErrors(() =>
    db.transaction('rw', db.settings, async () => {
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
    }),
  );
}

/**
 * Deletes a cycle with everything that belongs to it: participants, assessments, evidence and their files,
 * actions, recommendations and condition checks.
 */
export async function deleteCycle(db: LeersteunspiegelDatabase, cycleId: string): Promise<void> {
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
        db.settings,
      ],
      async () => {
        const evidenceIds = await db.evidence.where('cycleId').equals(cycleId).primaryKeys();
        await db.attachments.where('evidenceId').anyOf(evidenceIds).delete();
        await Promise.all(
          [
            db.participants,
            db.assessments,
            db.evidence,
            db.actions,
            db.recommendations,
            db.conditionChecks,
          ].map((table) => table.where('cycleId').equals(cycleId).delete()),
        );
        // A check in another cycle should not point to this cycle's evidence, but if one does, it stops.
        await unlinkEvidence(db, evidenceIds);
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
