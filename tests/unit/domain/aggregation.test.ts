import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_ROLE_RESPONDENTS,
  aggregateCycle,
  aggregateExpectation,
  disagreementAgenda,
  hingesOfSorted,
  medianOfSorted,
  ownAssessments,
  rangeOfSorted,
  type ExpectationAggregate,
} from '../../../src/domain/aggregation';
import type { Assessment, Rating } from '../../../src/domain/assessment';
import type { Cycle } from '../../../src/domain/cycle';
import type { ExpectationCode } from '../../../src/domain/framework/expectation-code';
import { LEVEL_IDS, RATING_STATE_IDS } from '../../../src/domain/framework/scale';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../../../src/domain/participant';
import { createParticipant } from '../../../src/domain/participant-schema';
import { NOW, aCycle, anAssessment } from './factories';

const LEVEL: Record<1 | 2 | 3 | 4, Rating> = { 1: 'below', 2: 'approaching', 3: 'meets', 4: 'exceeds' };

function aParticipant(cycle: Cycle, role: ParticipantRole = 'supportStaff'): Participant {
  return createParticipant({ cycleId: cycle.id, name: 'Deelnemer', role }, NOW);
}

/** One participant per rating, each with an assessment of the code; returns both. */
function team(
  cycle: Cycle,
  code: ExpectationCode,
  ratings: readonly (Rating | 1 | 2 | 3 | 4)[],
  role: ParticipantRole = 'supportStaff',
): { participants: Participant[]; assessments: Assessment[] } {
  const participants = ratings.map(() => aParticipant(cycle, role));
  const assessments = ratings.map((rating, index) =>
    anAssessment(cycle, code, typeof rating === 'number' ? LEVEL[rating] : rating, {
      participantId: (participants[index] as Participant).id,
    }),
  );
  return { participants, assessments };
}

function counts(partial: Partial<Record<Rating, number>>): Record<Rating, number> {
  const all = {} as Record<Rating, number>;
  for (const rating of [...LEVEL_IDS, ...RATING_STATE_IDS]) all[rating] = partial[rating] ?? 0;
  return all;
}

describe('order statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(medianOfSorted([])).toBeUndefined();
    expect(medianOfSorted([3])).toBe(3);
    expect(medianOfSorted([1, 2, 3])).toBe(2);
    expect(medianOfSorted([2, 3])).toBe(2.5);
    expect(medianOfSorted([1, 1, 4, 4])).toBe(2.5);
  });

  it("computes Tukey's hinges: medians of the halves, an odd median in both", () => {
    expect(hingesOfSorted([])).toBeUndefined();
    expect(hingesOfSorted([3])).toEqual({ q1: 3, q3: 3, width: 0 });
    expect(hingesOfSorted([1, 4])).toEqual({ q1: 1, q3: 4, width: 3 });
    expect(hingesOfSorted([1, 2, 3, 4])).toEqual({ q1: 1.5, q3: 3.5, width: 2 });
    expect(hingesOfSorted([1, 2, 3, 4, 4])).toEqual({ q1: 2, q3: 4, width: 2 });
    expect(hingesOfSorted([1, 3, 3, 3, 3])).toEqual({ q1: 3, q3: 3, width: 0 });
    expect(hingesOfSorted([1, 1, 2, 3, 3, 4, 4])).toEqual({ q1: 1.5, q3: 3.5, width: 2 });
  });

  it('gives the lowest and highest value', () => {
    expect(rangeOfSorted([])).toBeUndefined();
    expect(rangeOfSorted([2, 2, 4])).toEqual({ min: 2, max: 4, width: 2 });
  });
});

describe('aggregateExpectation', () => {
  it('counts every answer, but only levels as respondents and in the median', () => {
    const cycle = aCycle();
    const { participants, assessments } = team(cycle, 'R1', [
      3,
      3,
      1,
      'needsInformation',
      'notInFocus',
      'notRated',
    ]);
    const silent = aParticipant(cycle);
    const aggregate = aggregateExpectation('R1', assessments, [...participants, silent]);
    expect(aggregate).toMatchObject({
      code: 'R1',
      respondents: 3,
      answered: 5,
      counts: counts({ below: 1, meets: 2, needsInformation: 1, notInFocus: 1, notRated: 2 }),
      median: 3,
      range: { min: 1, max: 3, width: 2 },
      iqr: { q1: 2, q3: 3, width: 1 },
    });
  });

  it('takes the median of an odd and an even number of levels', () => {
    const cycle = aCycle();
    const odd = team(cycle, 'R1', [1, 2, 3]);
    expect(aggregateExpectation('R1', odd.assessments, odd.participants).median).toBe(2);
    const even = team(cycle, 'R1', [4, 1, 4, 1]);
    expect(aggregateExpectation('R1', even.assessments, even.participants).median).toBe(2.5);
  });

  it('gives range and interquartile range of known data', () => {
    const cycle = aCycle();
    const { participants, assessments } = team(cycle, 'M2', [4, 1, 3, 2, 4]);
    const aggregate = aggregateExpectation('M2', assessments, participants);
    expect(aggregate.median).toBe(3);
    expect(aggregate.range).toEqual({ min: 1, max: 4, width: 3 });
    expect(aggregate.iqr).toEqual({ q1: 2, q3: 4, width: 2 });
  });

  it('leaves out median, range and quartiles without respondents', () => {
    const cycle = aCycle();
    const { participants, assessments } = team(cycle, 'R1', ['needsInformation']);
    const aggregate = aggregateExpectation('R1', assessments, participants);
    expect(aggregate.respondents).toBe(0);
    expect(aggregate.answered).toBe(1);
    expect(aggregate).not.toHaveProperty('median');
    expect(aggregate).not.toHaveProperty('range');
    expect(aggregate).not.toHaveProperty('iqr');
  });

  it("counts only a participant's newest assessment when merged copies hold several", () => {
    const cycle = aCycle();
    const participant = aParticipant(cycle);
    const older = anAssessment(cycle, 'S1', 'below', {
      participantId: participant.id,
      at: new Date('2026-02-01T10:00:00Z'),
    });
    const newer = anAssessment(cycle, 'S1', 'exceeds', {
      participantId: participant.id,
      at: new Date('2026-03-01T10:00:00Z'),
    });
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const aggregate = aggregateExpectation('S1', order, [participant]);
      expect(aggregate.respondents).toBe(1);
      expect(aggregate.counts).toEqual(counts({ exceeds: 1 }));
    }
  });

  it("ignores the team's consensus", () => {
    const cycle = aCycle();
    const { participants, assessments } = team(cycle, 'R2', [2]);
    const consensus = anAssessment(cycle, 'R2', 'exceeds');
    const aggregate = aggregateExpectation('R2', [...assessments, consensus], participants);
    expect(aggregate.counts).toEqual(counts({ approaching: 1 }));
  });

  it('ignores unknown participants, other expectations and other cycles', () => {
    const cycle = aCycle();
    const other = aCycle();
    const participant = aParticipant(cycle);
    const assessments = [
      anAssessment(cycle, 'R1', 'meets', { participantId: participant.id }),
      anAssessment(cycle, 'R1', 'below', { participantId: aParticipant(cycle).id }),
      anAssessment(cycle, 'R2', 'below', { participantId: participant.id }),
      anAssessment(other, 'R1', 'exceeds', { participantId: participant.id, at: new Date('2026-06-01') }),
    ];
    const aggregate = aggregateExpectation('R1', assessments, [participant]);
    expect(aggregate.counts).toEqual(counts({ meets: 1 }));
  });

  it(`breaks down per role only with at least ${MIN_ROLE_RESPONDENTS} respondents`, () => {
    const cycle = aCycle();
    const groups = [
      team(cycle, 'V1', [3, 3, 2], 'supportStaff'),
      team(cycle, 'V1', [1, 2, 2, 4], 'coordinator'),
      team(cycle, 'V1', [4, 4], 'director'),
      team(cycle, 'V1', [2, 2, 'needsInformation'], 'staff'),
      team(cycle, 'V1', ['notInFocus'], 'partner'),
    ];
    const aggregate = aggregateExpectation(
      'V1',
      groups.flatMap((group) => group.assessments),
      groups.flatMap((group) => group.participants),
    );
    expect(aggregate.byRole).toEqual([
      {
        role: 'coordinator',
        respondents: 4,
        answered: 4,
        counts: counts({ below: 1, approaching: 2, exceeds: 1 }),
        median: 2,
      },
      {
        role: 'supportStaff',
        respondents: 3,
        answered: 3,
        counts: counts({ approaching: 1, meets: 2 }),
        median: 3,
      },
    ]);
    expect(aggregate.hiddenRoles).toEqual(['director', 'staff']);
    expect(aggregate.respondents).toBe(11);
  });
});

describe('a lone respondent in a role', () => {
  it('cannot be worked out by subtracting the roles shown from the whole', () => {
    const cycle = aCycle();
    const groups = [
      team(cycle, 'BL4', [1], 'director'),
      team(cycle, 'BL4', [3, 3, 4], 'supportStaff'),
      team(cycle, 'BL4', [2, 3, 3, 3], 'coordinator'),
    ];
    const aggregate = aggregateExpectation(
      'BL4',
      groups.flatMap((group) => group.assessments),
      groups.flatMap((group) => group.participants),
    );
    // The director alone is hidden, and so is the smallest role shown (supportStaff, 3 respondents).
    expect(aggregate.byRole.map((role) => role.role)).toEqual(['coordinator']);
    expect(aggregate.hiddenRoles).toEqual(['supportStaff', 'director']);
  });

  it('hides every role when only one role would be shown beside them', () => {
    const cycle = aCycle();
    const groups = [team(cycle, 'BL4', [1], 'director'), team(cycle, 'BL4', [3, 3, 4], 'staff')];
    const aggregate = aggregateExpectation(
      'BL4',
      groups.flatMap((group) => group.assessments),
      groups.flatMap((group) => group.participants),
    );
    expect(aggregate.byRole).toEqual([]);
    expect(aggregate.hiddenRoles).toEqual(['director', 'staff']);
  });
});

describe('ownAssessments', () => {
  it("gives each participant's newest own assessment, in participant order, never a consensus", () => {
    const cycle = aCycle();
    const [ann, bram, chris] = [aParticipant(cycle), aParticipant(cycle), aParticipant(cycle)];
    const older = anAssessment(cycle, 'M1', 'below', {
      participantId: bram.id,
      at: new Date('2026-01-01T10:00:00Z'),
    });
    const newer = anAssessment(cycle, 'M1', 'meets', {
      participantId: bram.id,
      at: new Date('2026-01-02T10:00:00Z'),
    });
    const annsOwn = anAssessment(cycle, 'M1', 'approaching', { participantId: ann.id });
    const other = anAssessment(cycle, 'M2', 'exceeds', { participantId: chris.id });
    const consensus = anAssessment(cycle, 'M1', 'exceeds');
    const own = ownAssessments('M1', [newer, consensus, other, older, annsOwn], [ann, bram, chris, bram]);
    expect(own.map((entry) => [entry.participant.id, entry.assessment])).toEqual([
      [ann.id, annsOwn],
      [bram.id, newer],
    ]);
  });
});

describe('aggregateCycle', () => {
  it('gives one aggregate per expectation in scope order, for the cycle’s own participants', () => {
    const cycle = aCycle({ scope: ['R1', 'M1', 'BL5'] });
    const other = aCycle();
    const mine = aParticipant(cycle);
    const stranger = aParticipant(other);
    const assessments = [
      anAssessment(cycle, 'BL5', 'meets', { participantId: mine.id }),
      anAssessment(cycle, 'R1', 'below', { participantId: mine.id }),
      anAssessment(cycle, 'M2', 'below', { participantId: mine.id }),
      anAssessment(other, 'R1', 'exceeds', { participantId: stranger.id }),
    ];
    const aggregates = aggregateCycle(cycle, assessments, [mine, stranger]);
    expect(aggregates.map((aggregate) => [aggregate.code, aggregate.respondents, aggregate.median])).toEqual([
      ['R1', 1, 1],
      ['M1', 0, undefined],
      ['BL5', 1, 3],
    ]);
    expect(aggregates[1]?.counts.notRated).toBe(1);
  });
});

describe('disagreementAgenda', () => {
  const ratings: Partial<Record<ExpectationCode, (Rating | 1 | 2 | 3 | 4)[]>> = {
    R1: [3, 3, 3], // agreement, nothing apart
    R2: [1, 4], // split: IQR 3
    R3: [3, 3, 3, 3, 1], // wide spread: IQR 0, range 2
    V1: [2, 'needsInformation'], // one respondent
    M1: [2, 3, 3], // agreement: IQR 0.5, range 1
    M2: [], // nobody answered
    M3: [3, 3, 2], // exactly as M1: reading order decides
    M4: [2, 2, 3, 3], // split: IQR 1
    BL1: [2, 3, 3, 3, 3, 3, 3], // IQR 0, range 1, 1 of 7 away from the median
    BL2: [2, 3, 3, 3, 3], // IQR 0, range 1, 1 of 5 away from the median
  };

  function aggregates(): ExpectationAggregate[] {
    const scope = Object.keys(ratings) as ExpectationCode[];
    const cycle = aCycle({ scope });
    const groups = scope.map((code) => team(cycle, code, ratings[code] ?? []));
    return aggregateCycle(
      cycle,
      groups.flatMap((group) => group.assessments),
      groups.flatMap((group) => group.participants),
    );
  }

  it('puts the most disagreement first, with ties in reading order and too few respondents last', () => {
    const agenda = disagreementAgenda(aggregates());
    expect(agenda.map((item) => [item.aggregate.code, item.reason])).toEqual([
      ['R2', 'split'],
      ['M4', 'split'],
      ['M1', 'agreement'],
      ['M3', 'agreement'],
      ['R3', 'wideSpread'],
      ['BL2', 'agreement'],
      ['BL1', 'agreement'],
      ['R1', 'agreement'],
      ['V1', 'fewRespondents'],
      ['M2', 'fewRespondents'],
    ]);
    expect(agenda[0]?.disagreement).toEqual({ iqrWidth: 3, rangeWidth: 3, awayFromMedian: 1 });
    expect(agenda[5]?.disagreement).toEqual({ iqrWidth: 0, rangeWidth: 1, awayFromMedian: 0.2 });
  });

  it('does not depend on the order it is given', () => {
    const forward = disagreementAgenda(aggregates()).map((item) => item.aggregate.code);
    const backward = disagreementAgenda(aggregates().reverse()).map((item) => item.aggregate.code);
    expect(backward).toEqual(forward);
  });
});

describe('aggregation properties', () => {
  const anAnswer = fc.constantFrom<Rating>(...LEVEL_IDS, ...RATING_STATE_IDS);
  const aMember = fc.record({
    role: fc.constantFrom(...PARTICIPANT_ROLES),
    answers: fc.array(fc.tuple(anAnswer, fc.integer({ min: 1, max: 28 })), { maxLength: 3 }),
  });

  it('keeps min ≤ q1 ≤ median ≤ q3 ≤ max, and the counts add up', () => {
    fc.assert(
      fc.property(fc.array(aMember, { maxLength: 25 }), (members) => {
        const cycle = aCycle();
        const participants = members.map(({ role }) => aParticipant(cycle, role));
        const assessments = members.flatMap(({ answers }, index) =>
          answers.map(([rating, day]) =>
            anAssessment(cycle, 'S2', rating, {
              participantId: (participants[index] as Participant).id,
              at: new Date(Date.UTC(2026, 1, day)),
            }),
          ),
        );
        const aggregate = aggregateExpectation('S2', assessments, participants);
        const total = Object.values(aggregate.counts).reduce((sum, count) => sum + count, 0);
        expect(total).toBe(participants.length);
        expect(total - aggregate.counts.notRated).toBe(aggregate.answered);
        expect(LEVEL_IDS.reduce((sum, level) => sum + aggregate.counts[level], 0)).toBe(
          aggregate.respondents,
        );
        if (aggregate.respondents === 0) {
          expect(aggregate.median).toBeUndefined();
        } else {
          const { range, iqr, median } = aggregate;
          if (!range || !iqr || median === undefined) throw new Error('statistics missing');
          expect(range.min).toBeLessThanOrEqual(iqr.q1);
          expect(iqr.q1).toBeLessThanOrEqual(median);
          expect(median).toBeLessThanOrEqual(iqr.q3);
          expect(iqr.q3).toBeLessThanOrEqual(range.max);
        }
        for (const role of aggregate.byRole)
          expect(role.respondents).toBeGreaterThanOrEqual(MIN_ROLE_RESPONDENTS);
        expect(aggregate.byRole.map((role) => role.role)).toEqual(
          PARTICIPANT_ROLES.filter((role) => aggregate.byRole.some((shown) => shown.role === role)),
        );
        const shownOrHidden = [...aggregate.byRole.map((role) => role.role), ...aggregate.hiddenRoles];
        expect(new Set(shownOrHidden).size).toBe(shownOrHidden.length);
        // What the shown roles leave over is never one or two people's ratings.
        const shown = aggregate.byRole.reduce((sum, role) => sum + role.respondents, 0);
        if (aggregate.byRole.length > 0) expect([1, 2]).not.toContain(aggregate.respondents - shown);
      }),
      { numRuns: 150 },
    );
  });
});
