import { describe, expect, it } from 'vitest';
import { problemsOf, storable, unstorableFields } from '../../../src/ui/actions/action-problems';
import { aCycle, anAction } from '../domain/factories';

const stored = anAction(aCycle(), { goal: 'Oud doel', startDate: '2027-01-10', dueDate: '2027-03-31' });

describe('one bad field in the action editor', () => {
  it('names the field that cannot be stored, in the order of the form', () => {
    const typed = { ...stored, goal: 'Nieuw doel', startDate: '202712-03-03', title: ' ' };
    const problems = problemsOf(typed);
    expect(Object.keys(problems)).toEqual(['title', 'startDate']);
    expect(problems.startDate).toMatch(/^Startdatum/);
  });

  it('compares the dates only once both are dates', () => {
    expect(Object.keys(problemsOf({ ...stored, startDate: '2027-04-01' }))).toEqual(['dueDate']);
  });

  it('stores the other fields, and the stored value of the bad one', () => {
    const typed = { ...stored, goal: 'Nieuw doel', startDate: '202712-03-03' };
    expect(storable(typed, stored)).toEqual({ ...stored, goal: 'Nieuw doel' });
    const { startDate: _never, ...undated } = stored;
    expect(storable(typed, undated)).toEqual({ ...undated, goal: 'Nieuw doel' });
    expect(unstorableFields(typed)).toEqual({ startDate: '202712-03-03' });
  });
});
