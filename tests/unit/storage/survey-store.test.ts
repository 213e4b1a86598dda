import { describe, expect, it } from 'vitest';
import { type Cycle } from '../../../src/domain/cycle';
import { createCycle } from '../../../src/domain/cycle-schema';
import { type Survey } from '../../../src/domain/survey/survey';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import { type SurveyResponse } from '../../../src/domain/survey/survey-response';
import { SurveyResponseSchema } from '../../../src/domain/survey/survey-response-schema';
import { moveCycleTo } from '../../../src/domain/workflow';
import { createCycleRecords, deleteCycle, loadCycleData } from '../../../src/storage/cycle-store';
import type { LeersteunspiegelDatabase } from '../../../src/storage/database';
import { saveEditedRecord } from '../../../src/storage/edit-guard';
import {
  ClosedCycleError,
  SurveyFinishedError,
  SurveyFrozenError,
  SurveyResponseKnownError,
} from '../../../src/storage/errors';
import {
  closeSurvey,
  deleteSurvey,
  recordSurveyResponse,
  recordSurveyResponses,
  saveSurvey,
} from '../../../src/storage/survey-store';
import { dumpDatabase, freshDatabase } from './test-database';

/** A day within the bevragingen's period (January 2027). */
const DURING = '2027-01-20';

const OWN_STATEMENT = {
  id: '5a9c1e2b-3d4f-4a6b-8c7d-9e0f1a2b3c4d',
  statement: 'De leerondersteuner kwam ook eens langs op een oudercontact.',
  informs: ['S3' as const],
};

function aParentsSurvey(cycle: Cycle): Survey {
  return createSurvey({
    cycleId: cycle.id,
    group: 'parents',
    itemIds: ['ouder-uitleg-bij-start', 'ouder-tevreden'],
    ownStatements: [OWN_STATEMENT],
    startDate: '2027-01-11',
    endDate: '2027-01-29',
    askedCount: 24,
  });
}

function anAnswer(survey: Survey, answers: Record<string, string> = { 'ouder-tevreden': 'agree' }) {
  return SurveyResponseSchema.parse({
    id: crypto.randomUUID(),
    surveyId: survey.id,
    answers,
    channel: 'kiosk',
  });
}

/** A team cycle with a parents' bevraging in it, stored. */
async function aCycleWithSurvey(db: LeersteunspiegelDatabase = freshDatabase(), schoolYear = '2026-2027') {
  const cycle = createCycle({ title: `Zelfevaluatie ${schoolYear}`, schoolYear, mode: 'team' });
  await createCycleRecords(db, { cycle, participants: [] });
  const survey = await saveSurvey(db, aParentsSurvey(cycle));
  return { db, cycle, survey };
}

/** An answer given during the period is refused with this error, and nothing is stored. */
async function expectRefused(
  db: LeersteunspiegelDatabase,
  survey: Survey,
  error: typeof SurveyFinishedError | typeof ClosedCycleError,
): Promise<void> {
  await expect(recordSurveyResponse(db, anAnswer(survey), DURING)).rejects.toBeInstanceOf(error);
  expect(await db.surveyResponses.count()).toBe(0);
}

/** The cycle closed, as the overview closes it. */
async function close(db: LeersteunspiegelDatabase, cycle: Cycle): Promise<void> {
  await saveEditedRecord(db, 'cycles', moveCycleTo(cycle, 'closed'));
}

describe('a bevraging once it has answers', () => {
  it.each<[string, (survey: Survey) => Survey]>([
    ['a statement added', (survey) => ({ ...survey, itemIds: [...survey.itemIds, 'ouder-op-de-hoogte'] })],
    ['a statement taken out', (survey) => ({ ...survey, itemIds: ['ouder-tevreden'] })],
    ['the statements in another order', (survey) => ({ ...survey, itemIds: [...survey.itemIds].reverse() })],
    [
      'its own statement reworded',
      (survey) => ({ ...survey, ownStatements: [{ ...OWN_STATEMENT, statement: 'Andere woorden.' }] }),
    ],
    [
      'its own statement informing another expectation',
      (survey) => ({ ...survey, ownStatements: [{ ...OWN_STATEMENT, informs: ['S4'] }] }),
    ],
    ['its own statement taken out', (survey) => ({ ...survey, ownStatements: [] })],
  ])('refuses %s, and keeps what it asked', async (_what, change) => {
    const { db, survey } = await aCycleWithSurvey();
    await recordSurveyResponse(db, anAnswer(survey), DURING);
    const before = await dumpDatabase(db);
    await expect(saveSurvey(db, change(survey))).rejects.toBeInstanceOf(SurveyFrozenError);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('still takes a new introduction, period and number of people asked', async () => {
    const { db, survey } = await aCycleWithSurvey();
    await recordSurveyResponse(db, anAnswer(survey), DURING);
    const changed = {
      ...survey,
      introduction: 'Beste ouder, je naam vragen we niet.',
      endDate: '2027-02-05',
      askedCount: 30,
    };
    const saved = await saveSurvey(db, changed);
    expect(await db.surveys.get(survey.id)).toEqual(saved);
    expect(saved).toEqual({ ...changed, updatedAt: saved.updatedAt });
  });
});

describe('a bevraging without answers', () => {
  it('may change what it asks', async () => {
    const { db, survey } = await aCycleWithSurvey();
    const changed = { ...survey, itemIds: ['ouder-op-de-hoogte'], ownStatements: [] };
    await saveSurvey(db, changed);
    expect(await db.surveys.get(survey.id)).toMatchObject({
      itemIds: ['ouder-op-de-hoogte'],
      ownStatements: [],
    });
  });
});

describe('an answer', () => {
  it('is stored as given, without a time or anything else that says who answered', async () => {
    const { db, survey } = await aCycleWithSurvey();
    const answer = anAnswer(survey, { 'ouder-tevreden': 'agree', [OWN_STATEMENT.id]: 'dontKnow' });
    expect(await recordSurveyResponse(db, answer, DURING)).toEqual(answer);
    const stored = await db.surveyResponses.toArray();
    expect(stored).toEqual([answer]);
    // What was written, not what was passed in: toEqual would overlook an added field that is undefined.
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual([
      'answers',
      'channel',
      'id',
      'openAnswers',
      'surveyId',
    ]);
  });

  it('keeps only the answers to statements the bevraging asks', async () => {
    const { db, survey } = await aCycleWithSurvey();
    const stored = await recordSurveyResponse(
      db,
      anAnswer(survey, {
        'ouder-tevreden': 'agree',
        'ouder-op-de-hoogte': 'agree',
        'leraar-coachend': 'agree',
      }),
      DURING,
    );
    expect(stored.answers).toEqual({ 'ouder-tevreden': 'agree' });
    expect((await db.surveyResponses.get(stored.id))?.answers).toEqual({ 'ouder-tevreden': 'agree' });
  });

  it('is taken on the last day of the period, and refused the day after', async () => {
    const { db, survey } = await aCycleWithSurvey();
    await recordSurveyResponse(db, anAnswer(survey), survey.endDate);
    await expect(recordSurveyResponse(db, anAnswer(survey), '2027-01-30')).rejects.toBeInstanceOf(
      SurveyFinishedError,
    );
    expect(await db.surveyResponses.count()).toBe(1);
  });

  it('is refused once the coordinator closed the bevraging, even within its period', async () => {
    const { db, survey } = await aCycleWithSurvey();
    await closeSurvey(db, survey.id);
    await expectRefused(db, survey, SurveyFinishedError);
  });

  it('is refused for a bevraging that was deleted', async () => {
    const { db, survey } = await aCycleWithSurvey();
    await deleteSurvey(db, survey.id);
    await expectRefused(db, survey, SurveyFinishedError);
  });

  it('is refused in a closed cycle', async () => {
    const { db, cycle, survey } = await aCycleWithSurvey();
    await close(db, cycle);
    await expectRefused(db, survey, ClosedCycleError);
  });
});

describe('a batch of answers (answer files, a spreadsheet)', () => {
  it('is stored whole, to one bevraging or more', async () => {
    const { db, cycle, survey } = await aCycleWithSurvey();
    const other = await saveSurvey(db, aParentsSurvey(cycle));
    const batch = [anAnswer(survey), anAnswer(other), anAnswer(survey)];
    expect(await recordSurveyResponses(db, batch, DURING)).toEqual(batch);
    expect(await db.surveyResponses.count()).toBe(3);
  });

  it('is refused whole when one answer is for a bevraging that takes no more answers', async () => {
    const { db, cycle, survey } = await aCycleWithSurvey();
    const other = await saveSurvey(db, aParentsSurvey(cycle));
    await closeSurvey(db, other.id);
    await expect(
      recordSurveyResponses(db, [anAnswer(survey), anAnswer(other)], DURING),
    ).rejects.toBeInstanceOf(SurveyFinishedError);
    expect(await db.surveyResponses.count()).toBe(0);
  });

  it('is refused whole, naming them, when answers in it are already stored (a file read twice)', async () => {
    const { db, survey } = await aCycleWithSurvey();
    const readBefore = await recordSurveyResponse(db, anAnswer(survey), DURING);
    const error = await recordSurveyResponses(db, [anAnswer(survey), readBefore], DURING).catch(
      (refusal: unknown) => refusal,
    );
    expect(error).toBeInstanceOf(SurveyResponseKnownError);
    expect((error as SurveyResponseKnownError).responseIds).toEqual([readBefore.id]);
    expect(await db.surveyResponses.toArray()).toEqual([readBefore]);
  });
});

describe('closing a bevraging', () => {
  it('dates it once: closing it again keeps the first moment', async () => {
    const { db, survey } = await aCycleWithSurvey();
    await closeSurvey(db, survey.id, new Date('2027-01-22T16:00:00.000Z'));
    await closeSurvey(db, survey.id, new Date('2027-01-25T09:00:00.000Z'));
    expect(await db.surveys.get(survey.id)).toMatchObject({
      closedAt: '2027-01-22T16:00:00.000Z',
      updatedAt: '2027-01-22T16:00:00.000Z',
    });
  });
});

describe('deleting a bevraging', () => {
  it('deletes its answers with it, and no other bevraging’s', async () => {
    const { db, cycle, survey } = await aCycleWithSurvey();
    const other = await saveSurvey(db, aParentsSurvey(cycle));
    await recordSurveyResponse(db, anAnswer(survey), DURING);
    const kept = await recordSurveyResponse(db, anAnswer(other), DURING);
    await deleteSurvey(db, survey.id);
    expect(await db.surveys.toArray()).toEqual([other]);
    expect(await db.surveyResponses.toArray()).toEqual([kept]);
  });
});

describe('a bevraging in a closed cycle', () => {
  it('cannot be saved, closed or deleted, and stays as it was', async () => {
    const { db, cycle, survey } = await aCycleWithSurvey();
    await recordSurveyResponse(db, anAnswer(survey), DURING);
    await close(db, cycle);
    const before = await dumpDatabase(db);
    await expect(saveSurvey(db, { ...survey, askedCount: 30 })).rejects.toBeInstanceOf(ClosedCycleError);
    await expect(saveSurvey(db, aParentsSurvey(cycle))).rejects.toBeInstanceOf(ClosedCycleError);
    await expect(closeSurvey(db, survey.id)).rejects.toBeInstanceOf(ClosedCycleError);
    await expect(deleteSurvey(db, survey.id)).rejects.toBeInstanceOf(ClosedCycleError);
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('a cycle’s bevragingen', () => {
  /** Two cycles, each with a bevraging and an answer to it. */
  async function twoCycles() {
    const first = await aCycleWithSurvey();
    const second = await aCycleWithSurvey(first.db, '2027-2028');
    const answers: SurveyResponse[] = [];
    for (const { survey } of [first, second])
      answers.push(await recordSurveyResponse(first.db, anAnswer(survey), DURING));
    return { db: first.db, first, second, answers };
  }

  it('are loaded with the cycle, with their answers and no other cycle’s', async () => {
    const { db, first, second, answers } = await twoCycles();
    expect(await loadCycleData(db, first.cycle.id)).toMatchObject({
      surveys: [first.survey],
      surveyResponses: [answers[0]],
    });
    expect(await loadCycleData(db, second.cycle.id)).toMatchObject({
      surveys: [second.survey],
      surveyResponses: [answers[1]],
    });
  });

  it('go with the cycle when it is deleted, answers included; another cycle keeps its own', async () => {
    const { db, first, second, answers } = await twoCycles();
    await deleteCycle(db, first.cycle.id);
    expect(await db.surveys.toArray()).toEqual([second.survey]);
    expect(await db.surveyResponses.toArray()).toEqual([answers[1]]);
  });
});
