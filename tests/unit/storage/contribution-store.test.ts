import { describe, expect, it } from 'vitest';
import { planContributionImport } from '../../../src/domain/contribution/import-plan';
import { buildImport } from '../../../src/domain/contribution/import-records';
import { createParticipant } from '../../../src/domain/participant-schema';
import {
  MissingCycleError,
  findMemberCycle,
  openInvitation,
  writeContributionImport,
} from '../../../src/storage/contribution-store';
import { createCycleRecords, loadCycleData } from '../../../src/storage/cycle-store';
import { moveCycleTo } from '../../../src/domain/workflow';
import { ClosedCycleError } from '../../../src/storage/errors';
import { NOW, anAssessment } from '../domain/factories';
import { contributionFrom, readable, teamWithInvitation } from '../domain/contribution/team-files';
import { dumpDatabase, freshDatabase } from './test-database';

describe('opening an invitation', () => {
  it('creates the member cycle once; opening it again leads to that cycle', async () => {
    const db = freshDatabase();
    const { invitation } = teamWithInvitation();
    const first = await openInvitation(db, invitation, 'Bram');
    expect(first.outcome).toBe('created');
    const data = await loadCycleData(db, first.cycle.id);
    expect(data?.participants.map((p) => p.name)).toEqual(['Bram']);
    expect(data?.selfParticipantId).toBe(data?.participants[0]?.id);

    const [again, atOnce] = await Promise.all([
      openInvitation(db, invitation, 'Bram'),
      openInvitation(db, invitation, 'Bram C.'),
    ]);
    expect([again, atOnce]).toEqual([
      { outcome: 'alreadyOpened', cycle: first.cycle },
      { outcome: 'alreadyOpened', cycle: first.cycle },
    ]);
    expect(await db.cycles.count()).toBe(1);
    expect(await findMemberCycle(db, invitation.terms.teamCycleId)).toEqual(first.cycle);
  });

  it('points the coordinator to the team cycle when it is on this device, creating nothing', async () => {
    const db = freshDatabase();
    const { team, invitation } = teamWithInvitation();
    await createCycleRecords(db, { cycle: team, participants: [] });
    expect(await openInvitation(db, invitation, 'Coördinator')).toEqual({
      outcome: 'teamCycleHere',
      cycle: team,
    });
    expect(await db.cycles.count()).toBe(1);
  });
});

describe('writing an import', () => {
  async function teamDatabase() {
    const db = freshDatabase();
    const { team, invitation } = teamWithInvitation();
    const coordinator = createParticipant(
      { cycleId: team.id, name: 'Coördinator', role: 'coordinator' },
      NOW,
    );
    const own = anAssessment(team, 'R1', 'meets', { participantId: coordinator.id });
    await createCycleRecords(db, { cycle: team, participants: [coordinator] });
    await db.assessments.add(own);
    const files = ['An', 'Bram', 'Cas'].map((name) =>
      readable(
        `${name}.json`,
        contributionFrom(invitation, { R1: 'below', R2: 'meets', M2: 'approaching' }, { name }).file,
      ),
    );
    const plan = planContributionImport(team, [coordinator], [own], files);
    const { records } = buildImport(plan, team, [coordinator], [own], new Set(), (n) => `Anoniem ${n}`);
    return { db, team, records };
  }

  it('adds the participants and their judgements beside what the cycle had', async () => {
    const { db, team, records } = await teamDatabase();
    await writeContributionImport(db, team.id, records);
    const data = await loadCycleData(db, team.id);
    expect(data?.participants.map((p) => p.name).sort()).toEqual(['An', 'Bram', 'Cas', 'Coördinator']);
    expect(data?.assessments).toHaveLength(1 + 3 * 3);
  });

  it('writes nothing at all when the write fails half-way', async () => {
    const { db, team, records } = await teamDatabase();
    const before = await dumpDatabase(db);
    let written = 0;
    db.assessments.hook('creating', () => {
      if (++written === 5) throw new Error('schijf vol');
    });
    await expect(writeContributionImport(db, team.id, records)).rejects.toThrow();
    expect(written).toBe(5);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('writes nothing when the cycle was deleted meanwhile, or a record is invalid or of another cycle', async () => {
    const { db, team, records } = await teamDatabase();
    const before = await dumpDatabase(db);
    await expect(
      writeContributionImport(db, crypto.randomUUID(), { ...records, participants: [], assessments: [] }),
    ).rejects.toThrow(MissingCycleError);
    const [first, ...rest] = records.assessments;
    await expect(
      writeContributionImport(db, team.id, {
        ...records,
        assessments: [{ ...first!, rating: 'x' as never }, ...rest],
      }),
    ).rejects.toThrow();
    await expect(
      writeContributionImport(db, team.id, {
        ...records,
        assessments: [{ ...first!, cycleId: crypto.randomUUID() }],
      }),
    ).rejects.toThrow();
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('writes nothing into a cycle that was closed after the files were read: it is a record now', async () => {
    const { db, team, records } = await teamDatabase();
    await db.cycles.put(moveCycleTo(team, 'closed', NOW));
    const before = await dumpDatabase(db);
    await expect(writeContributionImport(db, team.id, records)).rejects.toThrow(ClosedCycleError);
    expect(await dumpDatabase(db)).toBe(before);
  });
});
