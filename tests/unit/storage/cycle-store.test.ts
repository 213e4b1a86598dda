import { describe, expect, it } from 'vitest';
import { createAction } from '../../../src/domain/action-schema';
import { createAssessment } from '../../../src/domain/assessment';
import { createAttachment } from '../../../src/domain/attachment-schema';
import { createConditionCheck } from '../../../src/domain/condition-check-schema';
import { comparedRatings } from '../../../src/domain/comparison';
import { agreedCount } from '../../../src/domain/consensus/agreed';
import { ownRatings } from '../../../src/domain/cycle-ratings';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { createJournalNote } from '../../../src/domain/journal-note-schema';
import { planNextCycle } from '../../../src/domain/next-cycle-plan';
import { createParticipant } from '../../../src/domain/participant-schema';
import { createRecommendation } from '../../../src/domain/recommendation-schema';
import {
  createCycleRecords,
  deleteCycle,
  listCycles,
  loadConsensusAndOwnAssessments,
  loadCycleStandings,
  loadCycleData,
  setSelfParticipant,
  startNextCycle,
} from '../../../src/storage/cycle-store';
import { InvalidRecordError } from '../../../src/storage/errors';
import { loadSettings } from '../../../src/storage/queries';
import { dumpDatabase, freshDatabase } from './test-database';

function aCycle(schoolYear = '2026-2027') {
  const cycle = createCycle({ title: `Zelfevaluatie ${schoolYear}`, schoolYear, mode: 'team' });
  const self = createParticipant({ cycleId: cycle.id, name: 'An', role: 'coordinator' });
  return { cycle, self };
}

describe('starting a cycle', () => {
  it('stores the cycle, its participants and carried-over actions, and remembers who I am', async () => {
    const db = freshDatabase();
    const { cycle, self } = aCycle();
    const action = createAction({ cycleId: cycle.id, title: 'Overleg met CLB plannen' });
    await createCycleRecords(db, { cycle, participants: [self], self, actions: [action] });

    const data = await loadCycleData(db, cycle.id);
    expect(data?.cycle).toEqual(cycle);
    expect(data?.participants).toEqual([self]);
    expect(data?.actions).toEqual([action]);
    expect(data?.recommendations).toEqual([]);
    expect(data?.conditionChecks).toEqual([]);
    expect(data?.selfParticipantId).toBe(self.id);
  });

  it('writes nothing when one of its records is invalid', async () => {
    const db = freshDatabase();
    const { cycle, self } = aCycle();
    const before = await dumpDatabase(db);
    await expect(
      createCycleRecords(db, { cycle, participants: [{ ...self, name: '   ' }], self }),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('lists cycles newest school year first', async () => {
    const db = freshDatabase();
    for (const year of ['2024-2025', '2026-2027', '2025-2026']) {
      const { cycle, self } = aCycle(year);
      await createCycleRecords(db, { cycle, participants: [self] });
    }
    expect((await listCycles(db)).map((cycle) => cycle.schoolYear)).toEqual([
      '2026-2027',
      '2025-2026',
      '2024-2025',
    ]);
  });
});

describe('a cycle on this device', () => {
  it('is read with only its own records', async () => {
    const db = freshDatabase();
    const first = aCycle('2025-2026');
    const second = aCycle('2026-2027');
    await createCycleRecords(db, { cycle: first.cycle, participants: [first.self] });
    await createCycleRecords(db, { cycle: second.cycle, participants: [second.self] });
    await db.assessments.add(
      createAssessment({
        cycleId: second.cycle.id,
        expectationCode: 'M2',
        kind: 'individual',
        participantId: second.self.id,
      }),
    );
    await db.recommendations.add(
      createRecommendation({ cycleId: second.cycle.id, expectationCode: 'M2', text: 'Tweede cyclus.' }),
    );
    await db.conditionChecks.add(
      createConditionCheck({ cycleId: second.cycle.id, conditionId: 'bothLevels' }),
    );
    const data = await loadCycleData(db, first.cycle.id);
    expect(data?.assessments).toEqual([]);
    expect(data?.participants).toEqual([first.self]);
    expect(data?.recommendations).toEqual([]);
    expect(data?.conditionChecks).toEqual([]);
  });

  it('is read with its recommendations and condition checks', async () => {
    const db = freshDatabase();
    const { cycle, self } = aCycle();
    await createCycleRecords(db, { cycle, participants: [self] });
    const evidence = createEvidence({ cycleId: cycle.id, title: 'Visietekst', kind: 'document' });
    const recommendation = createRecommendation({
      cycleId: cycle.id,
      expectationCode: 'R1',
      text: 'De visie jaarlijks met de scholen bespreken.',
    });
    const check = createConditionCheck({
      cycleId: cycle.id,
      conditionId: 'visionPolicy',
      status: 'inOrder',
      evidenceIds: [evidence.id],
    });
    await db.evidence.add(evidence);
    await db.recommendations.add(recommendation);
    await db.conditionChecks.add(check);

    const data = await loadCycleData(db, cycle.id);
    expect(data?.recommendations).toEqual([recommendation]);
    expect(data?.conditionChecks).toEqual([check]);
  });

  it('is undefined when the address names a cycle that is not here', async () => {
    expect(await loadCycleData(freshDatabase(), crypto.randomUUID())).toBeUndefined();
  });

  it('remembers per cycle who uses this device', async () => {
    const db = freshDatabase();
    const { cycle, self } = aCycle();
    const colleague = createParticipant({ cycleId: cycle.id, name: 'Bert', role: 'supportStaff' });
    await createCycleRecords(db, { cycle, participants: [self, colleague], self });
    await setSelfParticipant(db, cycle.id, colleague.id);
    expect((await loadCycleData(db, cycle.id))?.selfParticipantId).toBe(colleague.id);
  });
});

describe('deleting a cycle', () => {
  it('removes everything in it, attachments included, and leaves other cycles alone', async () => {
    const db = freshDatabase();
    const doomed = aCycle('2025-2026');
    const kept = aCycle('2026-2027');
    await createCycleRecords(db, { cycle: kept.cycle, participants: [kept.self], self: kept.self });
    await db.recommendations.add(
      createRecommendation({ cycleId: kept.cycle.id, expectationCode: 'R1', text: 'Blijft.' }),
    );
    await db.conditionChecks.add(
      createConditionCheck({ cycleId: kept.cycle.id, conditionId: 'visionPolicy' }),
    );
    const keptDump = await dumpDatabase(db);

    await createCycleRecords(db, {
      cycle: doomed.cycle,
      participants: [doomed.self],
      self: doomed.self,
      actions: [createAction({ cycleId: doomed.cycle.id, title: 'Actie' })],
    });
    const evidence = createEvidence({ cycleId: doomed.cycle.id, title: 'Verslag', kind: 'report' });
    await db.evidence.add(evidence);
    await db.attachments.add(
      createAttachment({
        evidenceId: evidence.id,
        name: 'verslag.pdf',
        bytes: new TextEncoder().encode('%PDF'),
        type: 'application/pdf',
      }),
    );
    await db.assessments.add(
      createAssessment({
        cycleId: doomed.cycle.id,
        expectationCode: 'R1',
        kind: 'individual',
        participantId: doomed.self.id,
      }),
    );
    await db.recommendations.add(
      createRecommendation({ cycleId: doomed.cycle.id, expectationCode: 'R1', text: 'Verdwijnt.' }),
    );
    await db.conditionChecks.add(
      createConditionCheck({
        cycleId: doomed.cycle.id,
        conditionId: 'visionPolicy',
        evidenceIds: [evidence.id],
      }),
    );
    await db.journalNotes.add(
      createJournalNote({
        cycleId: doomed.cycle.id,
        expectationCode: 'R1',
        participantId: doomed.self.id,
        date: '2026-03-02',
        text: 'Verdwijnt mee.',
      }),
    );

    await deleteCycle(db, doomed.cycle.id);
    const settings = await loadSettings(db);
    expect(settings.selfParticipantIds).toEqual({ [kept.cycle.id]: kept.self.id });
    // Everything but the settings' timestamp is as it was before the doomed cycle existed.
    const withoutSettings = (dump: string) => {
      const parsed = JSON.parse(dump) as Record<string, unknown>;
      delete parsed.settings;
      return parsed;
    };
    expect(withoutSettings(await dumpDatabase(db))).toEqual(withoutSettings(keptDump));
  });

  it("takes its evidence out of another cycle's condition checks, so no check points to evidence that is gone", async () => {
    const db = freshDatabase();
    const doomed = aCycle('2025-2026');
    const kept = aCycle('2026-2027');
    await createCycleRecords(db, { cycle: doomed.cycle, participants: [doomed.self] });
    await createCycleRecords(db, { cycle: kept.cycle, participants: [kept.self] });
    const gone = createEvidence({ cycleId: doomed.cycle.id, title: 'Oud verslag', kind: 'report' });
    const stays = createEvidence({ cycleId: kept.cycle.id, title: 'Nieuw verslag', kind: 'report' });
    await db.evidence.bulkAdd([gone, stays]);
    const check = createConditionCheck({
      cycleId: kept.cycle.id,
      conditionId: 'qualityMonitoring',
      evidenceIds: [gone.id, stays.id],
    });
    await db.conditionChecks.add(check);

    await deleteCycle(db, doomed.cycle.id);
    expect((await db.conditionChecks.get(check.id))?.evidenceIds).toEqual([stays.id]);
  });
});

describe("starting next school year's cycle", () => {
  /** A closed cycle with one open action and one piece of evidence with a file, stored; An uses this device. */
  async function closedYear() {
    const db = freshDatabase();
    const { cycle, self } = aCycle('2025-2026');
    const previous = { ...cycle, status: 'closed' as const, closedAt: '2026-06-30T15:00:00.000Z' };
    const action = createAction({ cycleId: cycle.id, title: 'Visietekst herwerken', status: 'postponed' });
    await createCycleRecords(db, { cycle: previous, participants: [self], self, actions: [action] });
    const vision = createEvidence({ cycleId: cycle.id, title: 'Visietekst', kind: 'document' });
    const file = createAttachment({
      evidenceId: vision.id,
      name: 'visie.txt',
      bytes: new TextEncoder().encode('Onze visie'),
      type: 'text/plain',
    });
    await db.evidence.add(vision);
    await db.attachments.add(file);
    const next = () => {
      const plan = planNextCycle(
        previous,
        { actions: [action], evidence: [vision] },
        { actions: new Map([[action.id, '2027-03-31']]), evidence: new Set([vision.id]) },
      );
      const participant = createParticipant({ cycleId: plan.cycle.id, name: 'An', role: 'coordinator' });
      return { ...plan, participants: [participant], self: participant };
    };
    return { db, previous, action, vision, next };
  }

  it('writes the new cycle with its copies, marks the originals, and copies the kept files', async () => {
    const { db, previous, action, vision, next } = await closedYear();
    const planned = next();
    expect(await startNextCycle(db, planned, { second: false })).toEqual({
      cycleId: planned.cycle.id,
      created: true,
    });
    const data = await loadCycleData(db, planned.cycle.id);
    expect(data?.actions.map((a) => [a.status, a.carriedOverFromId, a.dueDate])).toEqual([
      ['postponed', action.id, '2027-03-31'],
    ]);
    expect((await db.actions.get(action.id))?.carriedOverToId).toBe(data?.actions[0]?.id);
    expect(data?.evidence.map((e) => e.carriedOverFromId)).toEqual([vision.id]);
    const [copiedFile] = await db.attachments.where('evidenceId').equals(data!.evidence[0]!.id).toArray();
    expect(new TextDecoder().decode(copiedFile?.bytes)).toBe('Onze visie');
    expect(data?.selfParticipantId).toBe(planned.self.id);
    expect((await loadCycleData(db, previous.id))?.successor?.id).toBe(planned.cycle.id);
  });

  it('opens the existing successor instead of making a second, unless the user insists', async () => {
    const { db, previous, next } = await closedYear();
    const first = next();
    await startNextCycle(db, first, { second: false });
    expect(await startNextCycle(db, next(), { second: false })).toEqual({
      cycleId: first.cycle.id,
      created: false,
    });
    expect(await db.cycles.count()).toBe(2);
    expect(await db.actions.count()).toBe(2);
    expect(await db.evidence.count()).toBe(2);

    const second = next();
    expect((await startNextCycle(db, second, { second: true })).created).toBe(true);
    expect(await db.cycles.where('previousCycleId').equals(previous.id).count()).toBe(2);
    expect((await loadCycleData(db, previous.id))?.successor?.id).toBe(first.cycle.id);
  });
});

/** A team cycle (a consensus, a member's and the coordinator's rating) and a personal reflection (one rating). */
async function twoRatedCycles(db: ReturnType<typeof freshDatabase>) {
  const team = aCycle('2025-2026');
  const personal = {
    ...aCycle('2026-2027'),
    cycle: createCycle({ title: 'Mijn reflectie', schoolYear: '2026-2027', mode: 'individual' }),
  };
  const member = createParticipant({ cycleId: team.cycle.id, name: 'Bert', role: 'supportStaff' });
  const me = createParticipant({ cycleId: personal.cycle.id, name: 'An', role: 'coordinator' });
  const rated = (cycleId: string, kind: 'individual' | 'consensus', participantId?: string) => ({
    ...createAssessment({
      cycleId,
      expectationCode: 'R1',
      kind,
      ...(participantId ? { participantId } : {}),
    }),
    rating: 'meets' as const,
  });
  const consensus = rated(team.cycle.id, 'consensus');
  const mine = rated(personal.cycle.id, 'individual', me.id);
  const membersRating = rated(team.cycle.id, 'individual', member.id);
  const coordinatorsRating = rated(team.cycle.id, 'individual', team.self.id);
  await createCycleRecords(db, { cycle: team.cycle, participants: [team.self, member] });
  await createCycleRecords(db, { cycle: personal.cycle, participants: [me], self: me });
  await db.assessments.bulkPut([consensus, mine, membersRating, coordinatorsRating]);
  return { team, personal, me, consensus, mine };
}

describe('the assessments the cycle list and the comparison read', () => {
  it('are every consensus and the own ratings of the persons asked for, and count as all would', async () => {
    const db = freshDatabase();
    const { team, personal, me, consensus, mine } = await twoRatedCycles(db);

    const read = await loadConsensusAndOwnAssessments(db, [me.id]);
    expect(read.map((a) => a.id).sort()).toEqual([consensus.id, mine.id].sort());
    const all = await db.assessments.toArray();
    for (const { cycle } of [team, personal]) {
      const self = cycle.mode === 'individual' ? me.id : undefined;
      expect(comparedRatings(cycle, read, self)).toEqual(comparedRatings(cycle, all, self));
      expect(ownRatings(cycle, read, self)).toEqual(ownRatings(cycle, all, self));
      expect(agreedCount(cycle, read)).toBe(agreedCount(cycle, all));
    }
    // The cycle list asks for this device's person in every cycle: in the team cycle too.
    const withTeamSelf = await loadConsensusAndOwnAssessments(db, [me.id, team.self.id]);
    const ownInTeam = ownRatings(team.cycle, withTeamSelf, team.self.id);
    expect(ownInTeam.size).toBe(1);
    expect(ownInTeam).toEqual(ownRatings(team.cycle, all, team.self.id));
  });

  it("come with every cycle, newest first, and this device's person in each, by name", async () => {
    const db = freshDatabase();
    const { team, personal, me, consensus, mine } = await twoRatedCycles(db);

    const standings = await loadCycleStandings(db);
    expect(standings.cycles.map((cycle) => cycle.id)).toEqual([personal.cycle.id, team.cycle.id]);
    expect(standings.selfParticipantIds).toEqual({ [personal.cycle.id]: me.id });
    expect(standings.selves.map((person) => person.name)).toEqual(['An']);
    expect(standings.assessments.map((a) => a.id).sort()).toEqual([consensus.id, mine.id].sort());
  });
});
