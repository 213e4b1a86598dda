import { describe, expect, it } from 'vitest';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import type { ResponseChannel } from '../../../src/domain/survey/survey-response';
import { moveCycleTo } from '../../../src/domain/workflow';
import { createCycleRecords } from '../../../src/storage/cycle-store';
import { saveEditedRecord } from '../../../src/storage/edit-guard';
import { ClosedCycleError, NotPaperResponseError, SurveyFinishedError } from '../../../src/storage/errors';
import {
  deletePaperResponse,
  loadPaperResponses,
  replacePaperResponse,
} from '../../../src/storage/paper-responses';
import { closeSurvey, recordSurveyResponse, saveSurvey } from '../../../src/storage/survey-store';
import { dumpDatabase, freshDatabase } from './test-database';

/** A day within the bevraging's period (January 2027). */
const DURING = '2027-01-20';

/** A team cycle with a parents' bevraging of two statements, and one answer from paper and one from the kiosk. */
async function aSurveyWithAnswers() {
  const db = freshDatabase();
  const cycle = createCycle({ title: 'Zelfevaluatie', schoolYear: '2026-2027', mode: 'team' });
  await createCycleRecords(db, { cycle, participants: [] });
  const survey = await saveSurvey(
    db,
    createSurvey({
      cycleId: cycle.id,
      group: 'parents',
      itemIds: ['ouder-uitleg-bij-start', 'ouder-tevreden'],
      startDate: '2027-01-11',
      endDate: '2027-01-29',
      askedCount: 24,
    }),
  );
  const answer = (channel: ResponseChannel) =>
    recordSurveyResponse(
      db,
      {
        id: crypto.randomUUID(),
        surveyId: survey.id,
        answers: { 'ouder-tevreden': 'agree' },
        openAnswers: { 'ouder-open': 'Goed.' },
        channel,
      },
      DURING,
    );
  const paper = await answer('paper');
  const kiosk = await answer('kiosk');
  return { db, cycle, survey, paper, kiosk };
}

describe('the paper answers of a bevraging', () => {
  it('are the answers typed in from paper, none from another channel', async () => {
    const { db, survey, paper } = await aSurveyWithAnswers();
    expect(await loadPaperResponses(db, survey.id)).toEqual([paper]);
  });
});

describe('fixing a paper answer', () => {
  it('puts the corrected row in its place, under the same id, dropping a statement not asked', async () => {
    const { db, survey, paper } = await aSurveyWithAnswers();
    const fixed = await replacePaperResponse(
      db,
      {
        id: paper.id,
        answers: { 'ouder-uitleg-bij-start': 'dontKnow', 'ouder-tevreden': 'disagree', stray: 'agree' },
        openAnswers: {},
      },
      DURING,
    );
    expect(fixed).toEqual({
      id: paper.id,
      surveyId: survey.id,
      answers: { 'ouder-uitleg-bij-start': 'dontKnow', 'ouder-tevreden': 'disagree' },
      openAnswers: {},
      channel: 'paper',
    });
    expect(await db.surveyResponses.get(paper.id)).toEqual(fixed);
    expect(await db.surveyResponses.count()).toBe(2);
  });

  it('is refused for an answer from the afnamemodus, and for one not stored, changing nothing', async () => {
    const { db, kiosk } = await aSurveyWithAnswers();
    const before = await dumpDatabase(db);
    await expect(replacePaperResponse(db, { ...kiosk, answers: {} }, DURING)).rejects.toBeInstanceOf(
      NotPaperResponseError,
    );
    await expect(
      replacePaperResponse(db, { id: crypto.randomUUID(), answers: {}, openAnswers: {} }, DURING),
    ).rejects.toBeInstanceOf(NotPaperResponseError);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('is refused once the bevraging is closed or its period over', async () => {
    const { db, survey, paper } = await aSurveyWithAnswers();
    await expect(replacePaperResponse(db, { ...paper, answers: {} }, '2027-01-30')).rejects.toBeInstanceOf(
      SurveyFinishedError,
    );
    await closeSurvey(db, survey.id);
    const before = await dumpDatabase(db);
    await expect(replacePaperResponse(db, { ...paper, answers: {} }, DURING)).rejects.toBeInstanceOf(
      SurveyFinishedError,
    );
    await expect(deletePaperResponse(db, paper.id, DURING)).rejects.toBeInstanceOf(SurveyFinishedError);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('removing a paper answer', () => {
  it('deletes it and nothing else', async () => {
    const { db, paper, kiosk } = await aSurveyWithAnswers();
    await deletePaperResponse(db, paper.id, DURING);
    expect(await db.surveyResponses.toArray()).toEqual([kiosk]);
  });

  it('is refused for an answer from the afnamemodus', async () => {
    const { db, kiosk } = await aSurveyWithAnswers();
    await expect(deletePaperResponse(db, kiosk.id, DURING)).rejects.toBeInstanceOf(NotPaperResponseError);
    expect(await db.surveyResponses.get(kiosk.id)).toEqual(kiosk);
  });

  it('is refused, as is fixing, in a closed cycle', async () => {
    const { db, cycle, paper } = await aSurveyWithAnswers();
    await saveEditedRecord(db, 'cycles', moveCycleTo(cycle, 'closed'));
    const before = await dumpDatabase(db);
    await expect(deletePaperResponse(db, paper.id, DURING)).rejects.toBeInstanceOf(ClosedCycleError);
    await expect(replacePaperResponse(db, { ...paper, answers: {} }, DURING)).rejects.toBeInstanceOf(
      ClosedCycleError,
    );
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
