import { describe, expect, it } from 'vitest';
import { type Cycle } from '../../../src/domain/cycle';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import { loadEarlierSurveys } from '../../../src/storage/survey-history';
import { freshDatabase } from './test-database';

const db = freshDatabase();

function aCycle(schoolYear: string, previousCycleId?: string): Cycle {
  return createCycle({ title: `Zelfevaluatie ${schoolYear}`, schoolYear, mode: 'team', previousCycleId });
}

function aSurveyIn(cycle: Cycle) {
  return createSurvey({
    cycleId: cycle.id,
    group: 'parents',
    itemIds: ['ouder-tevreden'],
    startDate: '2026-01-01',
    endDate: '2026-01-31',
    askedCount: 10,
  });
}

function aResponseTo(surveyId: string) {
  return {
    id: crypto.randomUUID(),
    surveyId,
    answers: { 'ouder-tevreden': 'agree' },
    openAnswers: {},
    channel: 'kiosk' as const,
  };
}

/** Stores the cycles, each with one bevraging answered once; returns the bevragingen by cycle id. */
async function store(cycles: Cycle[]) {
  const surveys = new Map(cycles.map((cycle) => [cycle.id, aSurveyIn(cycle)]));
  await db.cycles.bulkPut(cycles);
  await db.surveys.bulkPut([...surveys.values()]);
  await db.surveyResponses.bulkPut([...surveys.values()].map((survey) => aResponseTo(survey.id)));
  return surveys;
}

describe('the bevragingen of earlier cycles', () => {
  it('follow previousCycleId back, newest first, each with its own answers only', async () => {
    const first = aCycle('2024-2025');
    const second = aCycle('2025-2026', first.id);
    const third = aCycle('2026-2027', second.id);
    const surveys = await store([first, second, third]);

    const earlier = await loadEarlierSurveys(db, third.id);
    expect(earlier.map((e) => e.cycle.id)).toEqual([second.id, first.id]);
    expect(earlier[0]?.surveys).toEqual([surveys.get(second.id)]);
    expect(earlier[0]?.surveyResponses.map((r) => r.surveyId)).toEqual([surveys.get(second.id)?.id]);
  });

  it('are none for a first cycle or one not on this device', async () => {
    const only = aCycle('2026-2027');
    await store([only]);
    expect(await loadEarlierSurveys(db, only.id)).toEqual([]);
    expect(await loadEarlierSurveys(db, crypto.randomUUID())).toEqual([]);
  });

  it('stop at an earlier cycle that was deleted', async () => {
    const gone = aCycle('2024-2025');
    const second = aCycle('2025-2026', gone.id);
    const third = aCycle('2026-2027', second.id);
    await store([second, third]);
    expect((await loadEarlierSurveys(db, third.id)).map((e) => e.cycle.id)).toEqual([second.id]);
  });

  it('stop at a loop, listing each cycle once', async () => {
    const a = aCycle('2024-2025');
    const b = aCycle('2025-2026', a.id);
    const c = aCycle('2026-2027', b.id);
    await store([{ ...a, previousCycleId: c.id }, b, c]);
    expect((await loadEarlierSurveys(db, c.id)).map((e) => e.cycle.id)).toEqual([b.id, a.id]);
    const self = aCycle('2023-2024');
    await store([{ ...self, previousCycleId: self.id }]);
    expect(await loadEarlierSurveys(db, self.id)).toEqual([]);
  });
});
