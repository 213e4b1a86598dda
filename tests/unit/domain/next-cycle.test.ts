import { describe, expect, it } from 'vitest';
import { CycleSchema } from '../../../src/domain/cycle';
import { ActionSchema, createProgressEntry } from '../../../src/domain/action';
import { nextSchoolYear, planNextCycle } from '../../../src/domain/next-cycle';
import { aCycle, anAction } from './factories';

const later = new Date('2026-08-25T08:00:00.000Z');

describe('nextSchoolYear', () => {
  it('moves both years on by one', () => {
    expect(nextSchoolYear('2025-2026')).toBe('2026-2027');
    expect(nextSchoolYear('2099-2100')).toBe('2100-2101');
  });

  it('refuses something that is not a school year', () => {
    expect(() => nextSchoolYear('schooljaar 2025')).toThrow();
  });
});

describe('planNextCycle', () => {
  it("starts next school year's cycle in preparation with the same scope and mode, linked to the previous", () => {
    const previous = aCycle({
      mode: 'individual',
      scope: ['M1', 'M2'],
      status: 'closed',
      startDate: '2025-09-01',
      endDate: '2026-06-30',
    });
    const { cycle } = planNextCycle(previous, [], new Set(), later);
    expect(CycleSchema.parse(cycle)).toEqual(cycle);
    expect(cycle).toMatchObject({
      title: 'Zelfevaluatie 2026-2027',
      schoolYear: '2026-2027',
      mode: 'individual',
      scope: ['M1', 'M2'],
      status: 'preparation',
      previousCycleId: previous.id,
      createdAt: later.toISOString(),
    });
    expect(cycle.id).not.toBe(previous.id);
    expect(cycle.startDate).toBeUndefined();
    expect(cycle.endDate).toBeUndefined();
  });

  it('keeps a title that does not mention the school year, and respects how the user wrote the years', () => {
    expect(planNextCycle(aCycle({ title: 'Onze kwaliteitsspiegel' }), [], new Set()).cycle.title).toBe(
      'Onze kwaliteitsspiegel',
    );
    expect(planNextCycle(aCycle({ title: 'Spiegel 2025–2026' }), [], new Set()).cycle.title).toBe(
      'Spiegel 2026–2027',
    );
    expect(planNextCycle(aCycle({ title: 'Spiegel 12025-20260' }), [], new Set()).cycle.title).toBe(
      'Spiegel 12025-20260',
    );
  });

  it('carries over only the chosen open actions, as new actions of the new cycle', () => {
    const previous = aCycle();
    const chosen = anAction(previous, {
      title: 'Leerlingenbevraging',
      status: 'ongoing',
      expectationCodes: ['R1', 'M2'],
      goal: 'Leerlingen horen',
      successIndicator: '80% antwoordt',
      owner: 'An',
      startDate: '2025-10-01',
      dueDate: '2026-05-01',
      progressLog: [createProgressEntry('2026-01-10', 'Vragenlijst klaar')],
      evaluation: 'Half af',
    });
    const notChosen = anAction(previous, { title: 'Niet gekozen' });
    const finished = anAction(previous, { title: 'Klaar', status: 'done' });
    const dropped = anAction(previous, { title: 'Geschrapt', status: 'dropped' });
    const otherCycle = anAction(aCycle(), { title: 'Elders' });
    const carryOver = new Set([chosen.id, finished.id, dropped.id, otherCycle.id]);

    const { cycle, actions } = planNextCycle(
      previous,
      [chosen, notChosen, finished, dropped, otherCycle],
      carryOver,
      later,
    );

    expect(actions).toHaveLength(1);
    const [carried] = actions;
    expect(ActionSchema.parse(carried)).toEqual(carried);
    expect(carried).toMatchObject({
      cycleId: cycle.id,
      title: 'Leerlingenbevraging',
      status: 'ongoing',
      expectationCodes: ['R1', 'M2'],
      goal: 'Leerlingen horen',
      successIndicator: '80% antwoordt',
      owner: 'An',
      dueDate: '2026-05-01',
      progressLog: [],
      evaluation: '',
      carriedOverFromId: chosen.id,
      createdAt: later.toISOString(),
    });
    expect(carried?.id).not.toBe(chosen.id);
  });

  it('picks a postponed action up again as planned', () => {
    const previous = aCycle();
    const postponed = anAction(previous, { status: 'postponed' });
    const { actions } = planNextCycle(previous, [postponed], new Set([postponed.id]));
    expect(actions[0]?.status).toBe('planned');
    expect(actions[0]?.dueDate).toBeUndefined();
  });

  it('leaves the previous cycle and its actions untouched', () => {
    const previous = aCycle({ status: 'closed' });
    const action = anAction(previous, { status: 'postponed' });
    const before = structuredClone([previous, action]);
    planNextCycle(previous, [action], new Set([action.id]));
    expect([previous, action]).toEqual(before);
  });
});
