import { describe, expect, it } from 'vitest';
import { mayWriteAssessment } from '../../../src/domain/assessment';
import { CYCLE_STATUSES, PERSONAL_STATUSES, cycleKind } from '../../../src/domain/cycle';
import { CycleSchema } from '../../../src/domain/cycle-schema';
import {
  isClosed,
  mayChangeCycle,
  moveCycleTo,
  nextStatus,
  phaseOf,
  phasesOf,
  previousStatus,
  reopenCycle,
} from '../../../src/domain/workflow';
import { aCycle } from './factories';

const closingDay = new Date('2026-06-30T15:00:00.000Z');
const reopeningDay = new Date('2026-09-05T08:00:00.000Z');

describe('nextStatus and previousStatus', () => {
  it('walk a cycle from preparation to closed, one step at a time', () => {
    const forward = ['preparation'];
    for (let status = nextStatus('preparation'); status; status = nextStatus(status)) forward.push(status);
    expect(forward).toEqual([...CYCLE_STATUSES]);
  });

  it('walk back the same way, to undo a step taken too soon', () => {
    expect(previousStatus('consensus')).toBe('survey');
    expect(previousStatus('followUp')).toBe('actionPlan');
  });

  it('stop at either end: a closed cycle goes back only by reopening', () => {
    expect(nextStatus('closed')).toBeUndefined();
    expect(previousStatus('closed')).toBeUndefined();
    expect(previousStatus('preparation')).toBeUndefined();
  });
});

describe('the phases of each kind of cycle', () => {
  const invitation = {
    teamCycleId: crypto.randomUUID(),
    roles: ['supportStaff' as const],
    anonymousAllowed: false,
    contributorKey: crypto.randomUUID(),
  };
  const team = aCycle();
  const personal = aCycle({ mode: 'individual' });
  const member = aCycle({ mode: 'individual', invitation });

  it('tells a team cycle, a personal reflection and a member’s contribution apart', () => {
    expect([team, personal, member].map(cycleKind)).toEqual(['team', 'personal', 'contribution']);
  });

  it('gives a team its six phases, one person four without survey or consensus, a member none', () => {
    expect(phasesOf(team)).toEqual(CYCLE_STATUSES);
    expect(phasesOf(personal)).toEqual(['preparation', 'actionPlan', 'followUp', 'closed']);
    expect(phasesOf(member)).toEqual([]);
  });

  it('walks a personal reflection from reflecting to closed and back, skipping the team’s phases', () => {
    const forward = ['preparation'];
    for (let status = nextStatus('preparation', PERSONAL_STATUSES); status;) {
      forward.push(status);
      status = nextStatus(status, PERSONAL_STATUSES);
    }
    expect(forward).toEqual([...PERSONAL_STATUSES]);
    expect(previousStatus('actionPlan', PERSONAL_STATUSES)).toBe('preparation');
    expect(previousStatus('preparation', PERSONAL_STATUSES)).toBeUndefined();
    expect(previousStatus('closed', PERSONAL_STATUSES)).toBeUndefined();
  });

  it('reads a personal reflection stored in bevraging or consensus as still reflecting', () => {
    expect(phaseOf('survey', PERSONAL_STATUSES)).toBe('preparation');
    expect(phaseOf('consensus', PERSONAL_STATUSES)).toBe('preparation');
    expect(nextStatus('consensus', PERSONAL_STATUSES)).toBe('actionPlan');
    expect(previousStatus('survey', PERSONAL_STATUSES)).toBeUndefined();
    expect(phaseOf('survey')).toBe('survey');
  });
});

describe('closing and reopening a cycle', () => {
  it('dates the closing', () => {
    const closed = moveCycleTo(aCycle({ status: 'followUp' }), 'closed', closingDay);
    expect(closed).toMatchObject({ status: 'closed', closedAt: closingDay.toISOString() });
    expect(isClosed(closed)).toBe(true);
    expect(CycleSchema.parse(closed)).toEqual(closed);
  });

  it('moves an open cycle between open phases without a closing date', () => {
    const moved = moveCycleTo(aCycle({ status: 'survey' }), 'consensus');
    expect(moved.status).toBe('consensus');
    expect(moved.closedAt).toBeUndefined();
  });

  it('does not move a closed cycle to another phase; reopening is the only way', () => {
    const closed = moveCycleTo(aCycle({ status: 'followUp' }), 'closed', closingDay);
    expect(() => moveCycleTo(closed, 'followUp')).toThrow();
  });

  it('reopens into follow-up and records when it had been closed and when it was reopened', () => {
    const closed = moveCycleTo(aCycle({ status: 'followUp' }), 'closed', closingDay);
    const reopened = reopenCycle(closed, reopeningDay);
    expect(reopened.status).toBe('followUp');
    expect(reopened.closedAt).toBeUndefined();
    expect(reopened.reopenings).toEqual([
      { closedAt: closingDay.toISOString(), reopenedAt: reopeningDay.toISOString() },
    ]);
    expect(CycleSchema.parse(reopened)).toEqual(reopened);
    expect(() => reopenCycle(reopened)).toThrow();
  });

  it('keeps every reopening when a cycle is closed and reopened again', () => {
    const once = reopenCycle(moveCycleTo(aCycle({ status: 'followUp' }), 'closed', closingDay), reopeningDay);
    const twice = reopenCycle(moveCycleTo(once, 'closed', new Date('2026-10-01T10:00:00.000Z')));
    expect(twice.reopenings?.map((r) => r.closedAt)).toEqual([
      closingDay.toISOString(),
      '2026-10-01T10:00:00.000Z',
    ]);
  });
});

describe('mayChangeCycle', () => {
  it('allows any change to an open cycle, and closing it', () => {
    const open = aCycle({ status: 'survey' });
    expect(mayChangeCycle(open, { ...open, title: 'Nieuwe titel' })).toBe(true);
    expect(mayChangeCycle(open, moveCycleTo(open, 'closed'))).toBe(true);
    expect(mayChangeCycle(undefined, open)).toBe(true);
  });

  it('allows a closed cycle only its reopening', () => {
    const closed = moveCycleTo(aCycle({ status: 'followUp' }), 'closed', closingDay);
    expect(mayChangeCycle(closed, { ...closed, title: 'Stiekem gewijzigd' })).toBe(false);
    expect(mayChangeCycle(closed, { ...closed, status: 'followUp' })).toBe(false);
    expect(mayChangeCycle(closed, reopenCycle(closed))).toBe(true);
  });
});

describe('mayWriteAssessment', () => {
  const me = crypto.randomUUID();
  const colleague = crypto.randomUUID();

  it("writes a participant's rating only as the participant chosen on this device", () => {
    expect(mayWriteAssessment({ kind: 'individual', participantId: me }, me)).toBe(true);
    expect(mayWriteAssessment({ kind: 'individual', participantId: colleague }, me)).toBe(false);
    expect(mayWriteAssessment({ kind: 'individual', participantId: me }, undefined)).toBe(false);
  });

  it("writes the team's consensus whoever uses the device", () => {
    expect(mayWriteAssessment({ kind: 'consensus' }, undefined)).toBe(true);
  });
});
