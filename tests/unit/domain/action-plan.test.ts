import { describe, expect, it } from 'vitest';
import { type Action } from '../../../src/domain/action';
import { createProgressEntry } from '../../../src/domain/action-schema';
import {
  actionsByStatus,
  actionsLinkedTo,
  dueBeforeStart,
  progressOldestFirst,
  sortActions,
} from '../../../src/domain/action-plan';
import { aCycle, anAction } from './factories';

const cycle = aCycle();
const titles = (actions: readonly Action[]): string[] => actions.map((action) => action.title);

const late = anAction(cycle, { title: 'Laat', dueDate: '2026-06-30', status: 'ongoing' });
const early = anAction(cycle, { title: 'Vroeg', dueDate: '2026-02-01', status: 'done' });
const undated = anAction(cycle, { title: 'Ooit', status: 'planned' });
const alsoEarly = anAction(cycle, { title: 'Ander vroeg', dueDate: '2026-02-01', status: 'planned' });
const all = [late, undated, early, alsoEarly];

describe('sortActions', () => {
  it('orders by due date, soonest first, ties by title, undated last', () => {
    expect(titles(sortActions(all, 'dueDate'))).toEqual(['Ander vroeg', 'Vroeg', 'Laat', 'Ooit']);
  });

  it('keeps undated actions last when the due date order is reversed', () => {
    expect(titles(sortActions(all, 'dueDate', 'descending'))).toEqual([
      'Laat',
      'Ander vroeg',
      'Vroeg',
      'Ooit',
    ]);
  });

  it('orders by title the Dutch way, and by status in the order of the workflow', () => {
    expect(titles(sortActions(all, 'title'))).toEqual(['Ander vroeg', 'Laat', 'Ooit', 'Vroeg']);
    expect(titles(sortActions(all, 'status'))).toEqual(['Ander vroeg', 'Ooit', 'Laat', 'Vroeg']);
    expect(titles(sortActions(all, 'status', 'descending'))).toEqual([
      'Vroeg',
      'Laat',
      'Ander vroeg',
      'Ooit',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    sortActions(all, 'title');
    expect(titles(all)).toEqual(['Laat', 'Ooit', 'Vroeg', 'Ander vroeg']);
  });
});

describe('actionsByStatus', () => {
  it('gives one column per status in workflow order, empty ones included, soonest due first', () => {
    const columns = actionsByStatus(all);
    expect(columns.map((column) => column.status)).toEqual([
      'planned',
      'ongoing',
      'done',
      'postponed',
      'dropped',
    ]);
    expect(columns.map((column) => titles(column.actions))).toEqual([
      ['Ander vroeg', 'Ooit'],
      ['Laat'],
      ['Vroeg'],
      [],
      [],
    ]);
  });
});

describe('actionsLinkedTo', () => {
  it('keeps the actions linked to an expectation, or all of them without one', () => {
    const m2 = anAction(cycle, { title: 'M2 en S3', expectationCodes: ['M2', 'S3'] });
    const r1 = anAction(cycle, { title: 'R1', expectationCodes: ['R1'] });
    expect(titles(actionsLinkedTo([m2, r1], 'S3'))).toEqual(['M2 en S3']);
    expect(titles(actionsLinkedTo([m2, r1], 'BL5'))).toEqual([]);
    expect(titles(actionsLinkedTo([m2, r1], undefined))).toEqual(['M2 en S3', 'R1']);
  });
});

describe('dueBeforeStart', () => {
  it('is true only when both dates are there and the due date comes first', () => {
    expect(dueBeforeStart({ startDate: '2026-03-01', dueDate: '2026-02-28' })).toBe(true);
    expect(dueBeforeStart({ startDate: '2026-03-01', dueDate: '2026-03-01' })).toBe(false);
    expect(dueBeforeStart({ startDate: '2026-03-01' })).toBe(false);
    expect(dueBeforeStart({ dueDate: '2026-02-28' })).toBe(false);
  });
});

describe('progressOldestFirst', () => {
  it('orders by date and keeps the writing order within a day', () => {
    const first = createProgressEntry('2026-03-01', 'eerst');
    const second = createProgressEntry('2026-03-01', 'daarna');
    const earlier = createProgressEntry('2026-02-01', 'vroeger');
    expect(progressOldestFirst([first, second, earlier]).map((entry) => entry.note)).toEqual([
      'vroeger',
      'eerst',
      'daarna',
    ]);
  });
});
