import { describe, expect, it } from 'vitest';
import { createSchoolYearFigures } from '../../../src/domain/school-year-figures';
import { readTyped, typedOf } from '../../../src/ui/profile/figure-inputs';

const stored = {
  ...createSchoolYearFigures('2026-2027'),
  pupils: { gc: { basisaanbod: 336 }, iac: {}, ov4: {} },
  trajectories: 412,
  fte: 38.75,
};

describe('the figures form', () => {
  it('shows a VTE with a decimal comma and reads it back, also with a point or spaces', () => {
    expect(typedOf(stored)).toEqual({ 'gc:basisaanbod': '336', trajectories: '412', fte: '38,75' });
    expect(readTyped({ fte: '12,5', trajectories: '1 204' }, stored).figures).toMatchObject({
      fte: 12.5,
      trajectories: 1204,
    });
    expect(readTyped({ fte: '12.25' }, stored).figures.fte).toBe(12.25);
  });

  it('keeps the stored value of an input it cannot read, and says why in Dutch', () => {
    const { figures, problems } = readTyped(
      { ...typedOf(stored), fte: '12,755', trajectories: 'veel', 'gc:basisaanbod': '-3' },
      stored,
    );
    expect(figures).toEqual(stored);
    expect(problems).toEqual({
      fte: 'Vul hoogstens twee cijfers na de komma in (bv. 12,75).',
      trajectories: 'Vul een getal in.',
      'gc:basisaanbod': 'Vul 0 of meer in.',
    });
  });

  it('forgets a figure whose input was emptied', () => {
    const { figures } = readTyped({ ...typedOf(stored), trajectories: '' }, stored);
    expect(figures.trajectories).toBeUndefined();
    expect(figures.pupils.gc.basisaanbod).toBe(336);
  });
});
