import { describe, expect, it } from 'vitest';
import { cycleRatings } from '../../../src/domain/cycle-ratings';
import { newRecordId } from '../../../src/domain/record';
import { aCycle, anAssessment } from './factories';

const me = newRecordId();
const colleague = newRecordId();

describe('cycleRatings', () => {
  it("counts the user's own rating while the team has not agreed yet", () => {
    const cycle = aCycle();
    const mine = anAssessment(cycle, 'R1', 'meets', { participantId: me });
    const theirs = anAssessment(cycle, 'R2', 'below', { participantId: colleague });
    const ratings = cycleRatings(cycle, [mine, theirs], me);
    expect([...ratings.entries()]).toEqual([['R1', mine]]);
  });

  it("lets the team's consensus override the user's own rating", () => {
    const cycle = aCycle();
    const mine = anAssessment(cycle, 'M2', 'exceeds', { participantId: me });
    const consensus = anAssessment(cycle, 'M2', 'approaching');
    expect(cycleRatings(cycle, [consensus, mine], me).get('M2')).toBe(consensus);
  });

  it('takes the newest consensus when merged contributions hold several', () => {
    const cycle = aCycle();
    const older = anAssessment(cycle, 'S1', 'below', { at: new Date('2026-02-01T10:00:00Z') });
    const newer = anAssessment(cycle, 'S1', 'meets', { at: new Date('2026-03-01T10:00:00Z') });
    expect(cycleRatings(cycle, [newer, older], me).get('S1')).toBe(newer);
    expect(cycleRatings(cycle, [older, newer], me).get('S1')).toBe(newer);
  });

  it('counts only the consensus when nobody is the self participant', () => {
    const cycle = aCycle();
    const theirs = anAssessment(cycle, 'R1', 'meets', { participantId: colleague });
    const consensus = anAssessment(cycle, 'R2', 'meets');
    expect([...cycleRatings(cycle, [theirs, consensus], undefined).keys()]).toEqual(['R2']);
  });

  it('leaves out expectations outside a focus scope and assessments of other cycles', () => {
    const cycle = aCycle({ scope: ['M1', 'M2'] });
    const other = aCycle();
    const assessments = [
      anAssessment(cycle, 'R1', 'meets'),
      anAssessment(other, 'M1', 'meets'),
      anAssessment(cycle, 'M2', 'below', { participantId: me }),
    ];
    expect([...cycleRatings(cycle, assessments, me).keys()]).toEqual(['M2']);
  });

  it('lists the expectations in scope order', () => {
    const cycle = aCycle({ scope: ['R1', 'M1', 'BL5'] });
    const assessments = [
      anAssessment(cycle, 'BL5', 'meets'),
      anAssessment(cycle, 'R1', 'meets', { participantId: me }),
      anAssessment(cycle, 'M1', 'meets'),
    ];
    expect([...cycleRatings(cycle, assessments, me).keys()]).toEqual(['R1', 'M1', 'BL5']);
  });
});
