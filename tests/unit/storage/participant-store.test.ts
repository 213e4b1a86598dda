import { describe, expect, it } from 'vitest';
import { createJournalNote } from '../../../src/domain/journal-note-schema';
import { createParticipant } from '../../../src/domain/participant-schema';
import { mergeParticipants } from '../../../src/domain/participant-merge';
import { createCycleRecords, loadCycleData } from '../../../src/storage/cycle-store';
import { removeParticipant, writeParticipantMerge } from '../../../src/storage/participant-store';
import { NOW, aCycle, anAssessment } from '../domain/factories';
import { freshDatabase } from './test-database';

describe('the people of a team cycle', () => {
  const cycle = aCycle({ scope: ['R1', 'R2', 'M2'] });
  const an = createParticipant({ cycleId: cycle.id, name: 'An Peeters', role: 'coordinator' }, NOW);
  const listedBram = createParticipant({ cycleId: cycle.id, name: 'Bram Claes', role: 'supportStaff' }, NOW);
  const fileBram = {
    ...createParticipant({ cycleId: cycle.id, name: 'Bram C.', role: 'supportStaff', origin: 'file' }, NOW),
    contribution: {
      key: crypto.randomUUID(),
      exportedAt: NOW.toISOString(),
      receivedAt: NOW.toISOString(),
      version: 1,
      personal: false,
    },
  };

  async function team() {
    const db = freshDatabase();
    await createCycleRecords(db, { cycle, participants: [an, listedBram, fileBram], self: listedBram });
    await db.assessments.bulkAdd([
      anAssessment(cycle, 'R1', 'meets', { participantId: listedBram.id }),
      anAssessment(cycle, 'R1', 'below', { participantId: fileBram.id }),
      anAssessment(cycle, 'R2', 'approaching', { participantId: fileBram.id }),
      anAssessment(cycle, 'M2', 'meets', { participantId: an.id }),
    ]);
    return db;
  }

  /** A journal note of the participant on R1, stored. */
  async function noteOf(db: Awaited<ReturnType<typeof team>>, participantId: string) {
    const note = createJournalNote(
      {
        cycleId: cycle.id,
        expectationCode: 'R1',
        participantId,
        date: '2026-11-20',
        text: 'Gesprek met CLB.',
      },
      NOW,
    );
    await db.journalNotes.add(note);
    return note;
  }

  it('gives the kept entry the journal notes of the one merged into it', async () => {
    const db = await team();
    const note = await noteOf(db, fileBram.id);
    const merge = mergeParticipants(listedBram, fileBram, (await loadCycleData(db, cycle.id))!.assessments);
    await writeParticipantMerge(db, merge, fileBram.id);
    expect((await loadCycleData(db, cycle.id))!.journalNotes).toEqual([
      { ...note, participantId: listedBram.id },
    ]);
  });

  it('removes a participant’s journal notes with them, so no note points to nobody', async () => {
    const db = await team();
    await noteOf(db, listedBram.id);
    const anNote = await noteOf(db, an.id);
    await removeParticipant(db, listedBram.id);
    expect((await loadCycleData(db, cycle.id))!.journalNotes).toEqual([anNote]);
  });

  it('merges two entries for one person: every rating kept, a different rating of the same expectation shown as a conflict', async () => {
    const db = await team();
    const before = (await loadCycleData(db, cycle.id))!;
    const merge = mergeParticipants(listedBram, fileBram, before.assessments);
    expect(merge.conflicts.map((c) => [c.code, c.kept.rating, c.dropped.rating])).toEqual([
      ['R1', 'meets', 'below'],
    ]);
    await writeParticipantMerge(db, merge, fileBram.id);

    const after = (await loadCycleData(db, cycle.id))!;
    expect(after.participants.map((p) => p.name)).toEqual(['An Peeters', 'Bram Claes']);
    expect(after.participants[1]?.contribution?.key).toBe(fileBram.contribution.key);
    const bramRatings = after.assessments
      .filter((a) => a.participantId === listedBram.id)
      .map((a) => `${a.expectationCode}:${a.rating}`)
      .sort();
    expect(bramRatings).toEqual(['R1:meets', 'R2:approaching']);
    expect(after.assessments).toHaveLength(3);
    expect(after.selfParticipantId).toBe(listedBram.id);
  });

  it('removes a participant with their ratings, and forgets them as "you" on this device', async () => {
    const db = await team();
    await removeParticipant(db, listedBram.id);
    const after = (await loadCycleData(db, cycle.id))!;
    expect(after.participants.map((p) => p.name)).toEqual(['An Peeters', 'Bram C.']);
    expect(after.assessments.some((a) => a.participantId === listedBram.id)).toBe(false);
    expect(after.assessments).toHaveLength(3);
    expect(after.selfParticipantId).toBeUndefined();
  });
});
