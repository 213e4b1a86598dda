import { describe, expect, it } from 'vitest';
import { paramsWithPlan, planFromParams } from '../../../src/ui/actions/plan-address';

describe('planFromParams', () => {
  it('reads the board view and the expectation, in any case', () => {
    expect(planFromParams(new URLSearchParams('cyclus=x&weergave=bord&verwachting=m2'), ['M2'])).toEqual({
      view: 'board',
      expectation: 'M2',
    });
  });

  it('falls back to the whole plan as a table for what it does not know or the plan does not offer', () => {
    expect(planFromParams(new URLSearchParams('weergave=lijst&verwachting=Z9'), ['M2'])).toEqual({
      view: 'table',
    });
    expect(planFromParams(new URLSearchParams('verwachting=BL5'), ['M2'])).toEqual({ view: 'table' });
  });
});

describe('paramsWithPlan', () => {
  it('writes the board and the expectation and keeps the cycle', () => {
    const params = paramsWithPlan(new URLSearchParams('cyclus=abc'), { view: 'board', expectation: 'M2' });
    expect(params.toString()).toBe('cyclus=abc&weergave=bord&verwachting=M2');
  });

  it('leaves the defaults out of the address', () => {
    const params = paramsWithPlan(new URLSearchParams('cyclus=abc&weergave=bord&verwachting=M2'), {
      view: 'table',
    });
    expect(params.toString()).toBe('cyclus=abc');
  });

  it('reads back what it wrote', () => {
    const plan = { view: 'board', expectation: 'S3' } as const;
    expect(planFromParams(paramsWithPlan(new URLSearchParams(), plan), ['S3'])).toEqual(plan);
  });
});
