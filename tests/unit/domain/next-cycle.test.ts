import { describe, expect, it } from 'vitest';
import { CycleSchema } from '../../../src/domain/cycle-schema';
import { createProgressEntry } from '../../../src/domain/action-schema';
import { ActionSchema } from '../../../src/domain/action-schema';
import {
  carriableActions,
  carriedOver,
  dueDateInSchoolYear,
  needsNewDueDate,
  nextSchoolYear,
  type CarryOverChoice,
} from '../../../src/domain/next-cycle';
import { successorOf } from '../../../src/domain/cycle';
import { planNextCycle } from '../../../src/domain/next-cycle-plan';
import { aCycle, anAction, anEvidence } from './factories';

const later = new Date('2026-08-25T08:00:00.000Z');

describe('nextSchoolYear', () => {
  it('moves both years on by one', () => {
    expect(nextSchoolYear('2025-2026')).toBe('2026-2027');
    expect(nextSchoolYear('2099-2100')).toBe('2100-2101');
  });

  it('goes back a year when asked', () => {
    expect(nextSchoolYear('2025-2026', -1)).toBe('2024-2025');
  });

  it('refuses something that is not a school year', () => {
    expect(() => nextSchoolYear('schooljaar 2025')).toThrow();
  });
});

const nothing: CarryOverChoice = { actions: new Map(), evidence: new Set() };
const none = { actions: [], evidence: [] };
const carry = (...ids: string[]): CarryOverChoice => ({
  actions: new Map(ids.map((id) => [id, undefined])),
  evidence: new Set(),
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
    const { cycle } = planNextCycle(previous, none, nothing, later);
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
    expect(cycle.closedAt).toBeUndefined();
  });

  it('covers the scope chosen for next year instead, as the kwaliteitskalender proposes it', () => {
    const previous = aCycle({ scope: ['M1', 'M2'] });
    const { cycle } = planNextCycle(previous, none, { ...nothing, scope: ['S1', 'BL2'] }, later);
    expect(cycle.scope).toEqual(['S1', 'BL2']);
  });

  it('keeps a title that does not mention the school year, and respects how the user wrote the years', () => {
    const title = (t: string) => planNextCycle(aCycle({ title: t }), none, nothing).cycle.title;
    expect(title('Onze kwaliteitsspiegel')).toBe('Onze kwaliteitsspiegel');
    expect(title('Spiegel 2025–2026')).toBe('Spiegel 2026–2027');
    expect(title('Spiegel 12025-20260')).toBe('Spiegel 12025-20260');
  });

  it('carries over only the chosen open actions, as new actions with the chosen due date, pointing both ways', () => {
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
    const choice: CarryOverChoice = {
      actions: new Map([chosen, finished, dropped, otherCycle].map((a) => [a.id, '2027-05-01'])),
      evidence: new Set(),
    };

    const plan = planNextCycle(
      previous,
      { actions: [chosen, notChosen, finished, dropped, otherCycle], evidence: [] },
      choice,
      later,
    );

    expect(plan.actions).toHaveLength(1);
    const [copy] = plan.actions;
    expect(ActionSchema.parse(copy)).toEqual(copy);
    expect(copy).toMatchObject({
      cycleId: plan.cycle.id,
      title: 'Leerlingenbevraging',
      status: 'ongoing',
      expectationCodes: ['R1', 'M2'],
      goal: 'Leerlingen horen',
      successIndicator: '80% antwoordt',
      owner: 'An',
      dueDate: '2027-05-01',
      progressLog: [],
      evaluation: '',
      carriedOverFromId: chosen.id,
      createdAt: later.toISOString(),
    });
    expect(copy?.id).not.toBe(chosen.id);
    // The original keeps its history and points on to its copy.
    expect(plan.carriedActions).toEqual([{ ...chosen, carriedOverToId: copy?.id }]);
  });

  it('keeps a postponed action postponed', () => {
    const previous = aCycle();
    const postponed = anAction(previous, { status: 'postponed' });
    const { actions } = planNextCycle(previous, { actions: [postponed], evidence: [] }, carry(postponed.id));
    expect(actions[0]?.status).toBe('postponed');
    expect(actions[0]?.dueDate).toBeUndefined();
  });

  it('never carries an action over twice, even into a second cycle for the same year', () => {
    const previous = aCycle();
    const action = anAction(previous);
    const first = planNextCycle(previous, { actions: [action], evidence: [] }, carry(action.id));
    const [original] = first.carriedActions;
    const second = planNextCycle(previous, { actions: [original!], evidence: [] }, carry(action.id));
    expect(second.actions).toEqual([]);
    expect(carriableActions(previous, first.carriedActions)).toEqual([]);
  });

  it('copies the evidence the team keeps into the new library, pointing back to the original', () => {
    const previous = aCycle();
    const vision = { ...anEvidence(previous, ['V1'], ['supportStaff']), title: 'Visietekst' };
    const other = anEvidence(previous, ['M1']);
    const { cycle, evidence } = planNextCycle(
      previous,
      { actions: [], evidence: [vision, other] },
      { actions: new Map(), evidence: new Set([vision.id]) },
      later,
    );
    expect(evidence).toEqual([
      {
        ...vision,
        id: expect.not.stringMatching(vision.id) as string,
        createdAt: later.toISOString(),
        updatedAt: later.toISOString(),
        cycleId: cycle.id,
        carriedOverFromId: vision.id,
      },
    ]);
  });

  it('leaves the previous cycle, its actions and evidence untouched', () => {
    const previous = aCycle({ status: 'closed' });
    const action = anAction(previous, { status: 'postponed' });
    const evidence = anEvidence(previous, ['V1']);
    const before = structuredClone([previous, action, evidence]);
    planNextCycle(
      previous,
      { actions: [action], evidence: [evidence] },
      { actions: new Map([[action.id, undefined]]), evidence: new Set([evidence.id]) },
    );
    expect([previous, action, evidence]).toEqual(before);
  });
});

describe('successorOf', () => {
  it('finds the cycle started from this one, the first made when there are more', () => {
    const previous = aCycle();
    const first = aCycle({ previousCycleId: previous.id, createdAt: '2026-07-01T08:00:00.000Z' });
    const second = aCycle({ previousCycleId: previous.id, createdAt: '2026-07-02T08:00:00.000Z' });
    expect(successorOf(previous, [second, aCycle(), first])).toBe(first);
    expect(successorOf(first, [previous, first, second])).toBeUndefined();
  });
});

describe('due dates of carried-over actions', () => {
  it('asks for a new due date only when the old one has passed', () => {
    const cycle = aCycle();
    expect(needsNewDueDate(anAction(cycle, { dueDate: '2026-06-30' }), '2026-09-01')).toBe(true);
    expect(needsNewDueDate(anAction(cycle, { dueDate: '2026-10-31' }), '2026-09-01')).toBe(false);
    expect(needsNewDueDate(anAction(cycle), '2026-09-01')).toBe(false);
  });

  it('proposes the same day in the new school year, 29 February becoming 28 February', () => {
    expect(dueDateInSchoolYear('2026-06-30', '2026-2027')).toBe('2027-06-30');
    expect(dueDateInSchoolYear('2020-10-15', '2026-2027')).toBe('2026-10-15');
    expect(dueDateInSchoolYear('2028-02-29', '2028-2029')).toBe('2029-02-28');
  });
});

describe('carriedOver', () => {
  it('names the school year an action came from or went to', () => {
    const cycle = aCycle();
    const original = anAction(cycle, { carriedOverToId: crypto.randomUUID(), dueDate: '2025-01-01' });
    const copy = anAction(cycle, { carriedOverFromId: crypto.randomUUID() });
    expect(carriedOver(original, '2024-2025')).toEqual({ direction: 'to', schoolYear: '2025-2026' });
    expect(carriedOver(copy, '2025-2026')).toEqual({ direction: 'from', schoolYear: '2024-2025' });
    expect(carriedOver(anAction(cycle), '2025-2026')).toBeUndefined();
  });
});
