import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/domain/report/build-report';
import { teamFixture } from './fixture-cycle';
import { sectionOf } from './model-helpers';

describe('buildReport: development plan', () => {
  it('lists the cycle’s actions soonest due first, undated last, with status labels', () => {
    const { input, vocabulary } = teamFixture();
    const { actions } = sectionOf(buildReport(input, vocabulary), 'developmentPlan');
    expect(actions.map(({ title, status, overdue }) => [title, status, overdue])).toEqual([
      ['Leersteunraad evalueren', 'afgerond', false],
      ['Intervisie leerondersteuners', 'lopend', true],
      ['Handelingsplan per leerling', 'gepland', false],
      ['Ouderbevraging herhalen', 'lopend', false],
      ['Teamdag visie', 'gepland', false],
      ['Folder informatiepunt', 'gepland', false],
    ]);
  });

  it('shows an action in full, with its progress oldest first', () => {
    const { input, vocabulary } = teamFixture();
    const { actions } = sectionOf(buildReport(input, vocabulary), 'developmentPlan');
    expect(actions[1]).toEqual({
      title: 'Intervisie leerondersteuners',
      expectationCodes: ['M1'],
      goal: 'Leerondersteuners leren van elkaars aanpak.',
      successIndicator: 'Vier sessies met 80 % aanwezigheid.',
      owner: 'Bram Claes',
      startDate: '2025-10-01',
      dueDate: '2025-12-01',
      status: 'lopend',
      overdue: true,
      progress: [
        { date: '2025-11-05', note: 'Eerste sessie.' },
        { date: '2025-12-10', note: 'Tweede sessie.' },
      ],
      evaluation: '',
    });
    expect(actions.at(-1)).not.toHaveProperty('dueDate');
    expect(actions[2]!.expectationCodes).toEqual(['M1', 'M2']);
  });

  it('keeps only actions on a reported expectation or on none, narrowing their codes', () => {
    const { input, vocabulary } = teamFixture({ codes: ['R2', 'M1'] });
    const { actions } = sectionOf(buildReport(input, vocabulary), 'developmentPlan');
    expect(actions.map(({ title, expectationCodes }) => [title, expectationCodes])).toEqual([
      ['Intervisie leerondersteuners', ['M1']],
      ['Handelingsplan per leerling', ['M1']],
      ['Teamdag visie', []],
    ]);
  });

  it('leaves out actions of another cycle', () => {
    const { input, vocabulary, previousActions } = teamFixture();
    const model = buildReport(
      { ...input, actions: [...input.actions, previousActions.notCarried] },
      vocabulary,
    );
    const titles = sectionOf(model, 'developmentPlan').actions.map((action) => action.title);
    expect(titles).not.toContain('Website vernieuwen');
  });
});
