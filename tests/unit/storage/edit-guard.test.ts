import { describe, expect, it } from 'vitest';
import { createAction } from '../../../src/domain/action-schema';
import { createRecommendation } from '../../../src/domain/recommendation-schema';
import { createAssessment } from '../../../src/domain/assessment';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { createJournalNote } from '../../../src/domain/journal-note-schema';
import { createParticipant } from '../../../src/domain/participant-schema';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import { SurveyResponseSchema } from '../../../src/domain/survey/survey-response-schema';
import { moveCycleTo, reopenCycle } from '../../../src/domain/workflow';
import { createCycleRecords, setSelfParticipant } from '../../../src/storage/cycle-store';
import { deleteEditedRecord, saveEditedRecord, saveEditedRecords } from '../../../src/storage/edit-guard';
import { ClosedCycleError, NotSelfError } from '../../../src/storage/errors';
import { saveEvidence } from '../../../src/storage/evidence-store';
import { freshDatabase } from './test-database';

/** A team cycle of two with one action, stored; nobody chosen as "me" on this device yet. */
async function teamCycle() {
  const db = freshDatabase();
  const cycle = createCycle({ title: 'Zelfevaluatie 2025-2026', schoolYear: '2025-2026', mode: 'team' });
  const an = createParticipant({ cycleId: cycle.id, name: 'An', role: 'coordinator' });
  const bo = createParticipant({ cycleId: cycle.id, name: 'Bo', role: 'supportStaff' });
  const action = createAction({ cycleId: cycle.id, title: 'Visietekst herwerken' });
  await createCycleRecords(db, { cycle, participants: [an, bo], actions: [action] });
  const rating = (participantId: string) =>
    createAssessment({ cycleId: cycle.id, expectationCode: 'M1', kind: 'individual', participantId });
  return { db, cycle, an, bo, action, rating };
}

describe('a journal note', () => {
  const noteOf = (cycleId: string, participantId: string) =>
    createJournalNote({
      cycleId,
      expectationCode: 'M1',
      participantId,
      date: '2026-11-20',
      text: 'Overleg.',
    });

  it("is written and removed only as the chosen participant, never in a colleague's journal", async () => {
    const { db, cycle, an, bo } = await teamCycle();
    await expect(saveEditedRecord(db, 'journalNotes', noteOf(cycle.id, an.id))).rejects.toBeInstanceOf(
      NotSelfError,
    );
    await setSelfParticipant(db, cycle.id, an.id);
    const own = await saveEditedRecord(db, 'journalNotes', noteOf(cycle.id, an.id));
    const theirs = noteOf(cycle.id, bo.id);
    await expect(saveEditedRecord(db, 'journalNotes', theirs)).rejects.toBeInstanceOf(NotSelfError);
    await db.journalNotes.add(theirs);
    await expect(deleteEditedRecord(db, 'journalNotes', theirs.id)).rejects.toBeInstanceOf(NotSelfError);
    await deleteEditedRecord(db, 'journalNotes', own.id);
    expect(await db.journalNotes.toArray()).toEqual([theirs]);
  });
});

describe('a rating under a person', () => {
  it('is refused while this device has not chosen who the user is, and nothing is written', async () => {
    const { db, an, rating } = await teamCycle();
    await expect(saveEditedRecord(db, 'assessments', rating(an.id))).rejects.toBeInstanceOf(NotSelfError);
    expect(await db.assessments.count()).toBe(0);
  });

  it("is stored as the chosen participant, and refused under a colleague's name", async () => {
    const { db, cycle, an, bo, rating } = await teamCycle();
    await setSelfParticipant(db, cycle.id, an.id);
    await saveEditedRecord(db, 'assessments', rating(an.id));
    await expect(saveEditedRecord(db, 'assessments', rating(bo.id))).rejects.toBeInstanceOf(NotSelfError);
    expect((await db.assessments.toArray()).map((a) => a.participantId)).toEqual([an.id]);
  });

  it("lets anyone write the team's consensus", async () => {
    const { db, cycle } = await teamCycle();
    const consensus = createAssessment({ cycleId: cycle.id, expectationCode: 'M1', kind: 'consensus' });
    await saveEditedRecord(db, 'assessments', consensus);
    expect(await db.assessments.count()).toBe(1);
  });
});

describe('several records saved together (a group put in a new order)', () => {
  it('are all stored, or in a closed cycle none of them', async () => {
    const { db, cycle } = await teamCycle();
    const [first, second] = (['R1', 'R2'] as const).map((expectationCode, order) => ({
      ...createRecommendation({ cycleId: cycle.id, expectationCode, text: '' }),
      order,
    }));
    expect(await saveEditedRecords(db, 'recommendations', [first!, second!])).toHaveLength(2);
    expect(await db.recommendations.count()).toBe(2);

    await saveEditedRecord(db, 'cycles', moveCycleTo(cycle, 'closed'));
    const swapped = [
      { ...first!, order: 1 },
      { ...second!, order: 0 },
    ];
    await expect(saveEditedRecords(db, 'recommendations', swapped)).rejects.toBeInstanceOf(ClosedCycleError);
    expect((await db.recommendations.toArray()).map((record) => record.order).sort()).toEqual([0, 1]);
    expect(await db.recommendations.get(first!.id)).toMatchObject({ order: 0 });
  });
});

describe('a closed cycle', () => {
  async function closed() {
    const team = await teamCycle();
    await setSelfParticipant(team.db, team.cycle.id, team.an.id);
    const closedCycle = await saveEditedRecord(team.db, 'cycles', moveCycleTo(team.cycle, 'closed'));
    return { ...team, closedCycle };
  }

  it('refuses every edit of its records, and leaves them as they were', async () => {
    const { db, cycle, an, action, rating, closedCycle } = await closed();
    const refused = [
      saveEditedRecord(db, 'assessments', rating(an.id)),
      saveEditedRecord(db, 'actions', { ...action, status: 'done' }),
      saveEditedRecord(db, 'cycles', { ...closedCycle, title: 'Gewijzigd' }),
      saveEditedRecord(
        db,
        'participants',
        createParticipant({ cycleId: cycle.id, name: 'Cas', role: 'staff' }),
      ),
      deleteEditedRecord(db, 'actions', action.id),
      saveEvidence(db, createEvidence({ cycleId: cycle.id, title: 'Verslag', kind: 'report' }), [], []),
    ];
    for (const attempt of refused) await expect(attempt).rejects.toBeInstanceOf(ClosedCycleError);
    expect(await db.actions.get(action.id)).toEqual(action);
    expect(await db.cycles.get(cycle.id)).toEqual(closedCycle);
    expect([await db.assessments.count(), await db.participants.count(), await db.evidence.count()]).toEqual([
      0, 2, 0,
    ]);
  });

  it('keeps the answers to its bevragingen, which name only their bevraging, not the cycle', async () => {
    const { db, cycle } = await closed();
    const survey = createSurvey({
      cycleId: cycle.id,
      group: 'clb',
      itemIds: ['clb-overleg-vlot'],
      startDate: '2027-01-11',
      endDate: '2027-01-29',
      askedCount: 6,
    });
    const answer = SurveyResponseSchema.parse({
      id: crypto.randomUUID(),
      surveyId: survey.id,
      answers: { 'clb-overleg-vlot': 'agree' },
      channel: 'kiosk',
    });
    await db.surveys.add(survey);
    await db.surveyResponses.add(answer);
    await expect(deleteEditedRecord(db, 'surveyResponses', answer.id)).rejects.toBeInstanceOf(
      ClosedCycleError,
    );
    await expect(saveEditedRecord(db, 'surveyResponses', { ...answer, answers: {} })).rejects.toBeInstanceOf(
      ClosedCycleError,
    );
    expect(await db.surveyResponses.toArray()).toEqual([answer]);
  });

  it('can be edited again once reopened, and keeps the reopening', async () => {
    const { db, action, closedCycle } = await closed();
    const reopened = await saveEditedRecord(db, 'cycles', reopenCycle(closedCycle));
    expect(reopened.reopenings).toHaveLength(1);
    await saveEditedRecord(db, 'actions', { ...action, status: 'done' });
    expect((await db.actions.get(action.id))?.status).toBe('done');
  });
});
