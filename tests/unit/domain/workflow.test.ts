import { describe, expect, it } from 'vitest';
import { CYCLE_STATUSES } from '../../../src/domain/cycle';
import { nextStatus, previousStatus } from '../../../src/domain/workflow';

describe('nextStatus and previousStatus', () => {
  it('walk a cycle from preparation to closed, one step at a time', () => {
    const forward = ['preparation'];
    for (let status = nextStatus('preparation'); status; status = nextStatus(status)) forward.push(status);
    expect(forward).toEqual([...CYCLE_STATUSES]);
  });

  it('walk back the same way, to undo a step taken too soon', () => {
    expect(previousStatus('consensus')).toBe('survey');
    expect(previousStatus('closed')).toBe('followUp');
  });

  it('stop at either end', () => {
    expect(nextStatus('closed')).toBeUndefined();
    expect(previousStatus('preparation')).toBeUndefined();
  });
});
