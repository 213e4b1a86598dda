import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../src/domain/assessment';
import {
  compareCycles,
  comparedRatings,
  comparisonDifferences,
  defaultComparison,
  type ComparedCycle,
} from '../../../src/domain/comparison';
import type { Cycle } from '../../../src/domain/cycle';
import { newRecordId } from '../../../src/domain/record';
import type { ExpectationCode } from '../../../src/domain/framework/expectation-code';
import { aCycle, anAssessment } from './factories';

/** The participant who uses this device, and someone else. */
const SELF = newRecordId();
const OTHER = newRecordId();

/** A team cycle whose team agreed on the given ratings (its consensus). */
function compared(
  cycleFields: Partial<Cycle>,
  given: Partial<Record<ExpectationCode, Rating>>,
  createdAt = new Date('2026-01-15T09:00:00.000Z'),
): ComparedCycle {
  const cycle = aCycle(cycleFields, createdAt);
  const assessments = Object.entries(given).map(([code, rating]) =>
    anAssessment(cycle, code as ExpectationCode, rating),
  );
  return { cycle, ratings: comparedRatings(cycle, assessments, undefined) };
}

/** A personal reflection by the named person, with their own ratings. */
function reflection(
  person: string,
  cycleFields: Partial<Cycle>,
  given: Partial<Record<ExpectationCode, Rating>>,
): ComparedCycle {
  const cycle = aCycle({ mode: 'individual', ...cycleFields });
  const assessments = Object.entries(given).map(([code, rating]) =>
    anAssessment(cycle, code as ExpectationCode, rating, { participantId: SELF }),
  );
  return { cycle, person, ratings: comparedRatings(cycle, assessments, SELF) };
}

const trendOf = (result: ReturnType<typeof compareCycles>, code: ExpectationCode) =>
  result.trends.find((trend) => trend.code === code);

describe('compareCycles', () => {
  it('orders the cycles by school year, then by when they were made', () => {
    const later = compared({ schoolYear: '2026-2027', title: 'B' }, {});
    const first = compared({ schoolYear: '2024-2025', title: 'A' }, {});
    const secondOfYear = compared(
      { schoolYear: '2025-2026', title: 'D' },
      {},
      new Date('2026-03-01T00:00:00Z'),
    );
    const firstOfYear = compared(
      { schoolYear: '2025-2026', title: 'C' },
      {},
      new Date('2025-10-01T00:00:00Z'),
    );
    const result = compareCycles([later, secondOfYear, first, firstOfYear]);
    expect(result.cycles.map((cycle) => cycle.title)).toEqual(['A', 'C', 'D', 'B']);
  });

  it('shows whether each expectation rose, fell or stayed the same since the previous cycle', () => {
    const result = compareCycles([
      compared({ schoolYear: '2025-2026' }, { R1: 'approaching', R2: 'meets', R3: 'meets' }),
      compared({ schoolYear: '2026-2027' }, { R1: 'meets', R2: 'below', R3: 'meets' }),
    ]);
    expect(trendOf(result, 'R1')).toEqual({
      code: 'R1',
      values: ['approaching', 'meets'],
      change: 'rose',
      compared: { from: 'approaching', to: 'meets' },
    });
    expect(trendOf(result, 'R2')?.change).toBe('fell');
    expect(trendOf(result, 'R3')?.change).toBe('same');
    expect(trendOf(result, 'M1')).toEqual({
      code: 'M1',
      values: ['noTeamJudgement', 'noTeamJudgement'],
      change: 'noTeamJudgement',
    });
  });

  it('compares with the last cycle that gave a level, skipping states in between', () => {
    const result = compareCycles([
      compared({ schoolYear: '2023-2024' }, { M1: 'below' }),
      compared({ schoolYear: '2024-2025' }, { M1: 'exceeds' }),
      compared({ schoolYear: '2025-2026' }, { M1: 'needsInformation' }),
      compared({ schoolYear: '2026-2027' }, { M1: 'meets' }),
    ]);
    expect(trendOf(result, 'M1')).toEqual({
      code: 'M1',
      values: ['below', 'exceeds', 'needsInformation', 'meets'],
      change: 'fell',
      compared: { from: 'exceeds', to: 'meets' },
    });
  });

  it('marks expectations outside a cycle focus as absent, and leaves out those never in scope', () => {
    const result = compareCycles([
      compared({ schoolYear: '2025-2026', scope: ['M1', 'M2'] }, { M1: 'meets', M2: 'below' }),
      compared({ schoolYear: '2026-2027', scope: ['M2', 'S1'] }, { M2: 'approaching', S1: 'meets' }),
    ]);
    expect(result.trends.map((trend) => trend.code)).toEqual(['M1', 'M2', 'S1']);
    expect(trendOf(result, 'M1')).toEqual({
      code: 'M1',
      values: ['meets', undefined],
      change: 'notComparable',
    });
    expect(trendOf(result, 'M2')?.change).toBe('rose');
    expect(trendOf(result, 'S1')).toEqual({
      code: 'S1',
      values: [undefined, 'meets'],
      change: 'notComparable',
    });
  });

  it('never compares ratings made against different versions of the referentiekader', () => {
    const result = compareCycles([
      compared({ schoolYear: '2025-2026', frameworkVersion: '2023-02' }, { R1: 'below' }),
      compared({ schoolYear: '2026-2027', frameworkVersion: '2027-09' }, { R1: 'meets' }),
    ]);
    expect(trendOf(result, 'R1')?.change).toBe('notComparable');
  });

  it('compares the newest version with its own earlier cycle, passing over an older version', () => {
    const result = compareCycles([
      compared({ schoolYear: '2024-2025', frameworkVersion: '2027-09' }, { R1: 'exceeds' }),
      compared({ schoolYear: '2025-2026', frameworkVersion: '2023-02' }, { R1: 'below' }),
      compared({ schoolYear: '2026-2027', frameworkVersion: '2027-09' }, { R1: 'meets' }),
    ]);
    expect(trendOf(result, 'R1')?.change).toBe('fell');
  });

  it('has nothing to compare with a single cycle or none', () => {
    const single = compareCycles([compared({}, { R1: 'meets' })]);
    expect(trendOf(single, 'R1')?.change).toBe('notComparable');
    expect(compareCycles([])).toEqual({ cycles: [], trends: [] });
  });
});

describe('an honest comparison', () => {
  it('shows "nog geen gezamenlijk oordeel" for a new team cycle with only one person’s drafts, not "gedaald"', () => {
    const lastYear = compared({ schoolYear: '2024-2025' }, { R1: 'meets', R2: 'meets', R3: 'exceeds' });
    const cycle = aCycle({ schoolYear: '2025-2026', status: 'survey' });
    const drafts = (['R1', 'R2', 'R3'] as const).map((code) =>
      anAssessment(cycle, code, 'below', { participantId: SELF }),
    );
    const thisYear = { cycle, ratings: comparedRatings(cycle, drafts, SELF) };
    const result = compareCycles([lastYear, thisYear]);
    for (const code of ['R1', 'R2', 'R3'] as const) {
      expect(trendOf(result, code)).toEqual({
        code,
        values: [lastYear.ratings.get(code), 'noTeamJudgement'],
        change: 'noTeamJudgement',
      });
    }
    expect(result.trends.some((trend) => trend.change === 'fell')).toBe(false);
  });

  it('counts only the team’s consensus in a team cycle and only the person’s own ratings in a reflection', () => {
    const team = aCycle();
    const teamRecords = [
      anAssessment(team, 'R1', 'meets'),
      anAssessment(team, 'R2', 'exceeds', { participantId: SELF }),
    ];
    expect([...comparedRatings(team, teamRecords, SELF)]).toEqual([['R1', 'meets']]);
    const personal = aCycle({ mode: 'individual' });
    const personalRecords = [
      anAssessment(personal, 'R1', 'meets'),
      anAssessment(personal, 'R2', 'approaching', { participantId: SELF }),
      anAssessment(personal, 'R3', 'below', { participantId: OTHER }),
    ];
    expect([...comparedRatings(personal, personalRecords, SELF)]).toEqual([['R2', 'approaching']]);
    expect([...comparedRatings(personal, personalRecords, undefined)]).toEqual([]);
  });

  it('says a level became "meer informatie nodig" instead of letting it disappear', () => {
    const result = compareCycles([
      compared({ schoolYear: '2024-2025' }, { V1: 'meets' }),
      compared({ schoolYear: '2025-2026' }, { V1: 'needsInformation' }),
    ]);
    expect(trendOf(result, 'V1')).toEqual({
      code: 'V1',
      values: ['meets', 'needsInformation'],
      change: 'needsInformation',
      compared: { from: 'meets', to: 'needsInformation' },
    });
  });

  it('chooses the most recent comparable cycles: a team’s with a team’s, a person’s with their own', () => {
    const team2024 = compared({ schoolYear: '2023-2024', title: 'team 1' }, {});
    const team2025 = compared({ schoolYear: '2024-2025', title: 'team 2' }, {});
    const annOld = reflection('Ann Peeters', { schoolYear: '2024-2025', title: 'Ann 1' }, {});
    const bram = reflection('Bram Claes', { schoolYear: '2025-2026', title: 'Bram' }, {});
    const team2026 = compared({ schoolYear: '2025-2026', title: 'team 3' }, {});
    const annNew = reflection('ann peeters ', { schoolYear: '2026-2027', title: 'Ann 2' }, {});
    const titles = (cycles: ComparedCycle[]) => cycles.map(({ cycle }) => cycle.title);
    const all = [annNew, team2026, bram, annOld, team2025, team2024];
    expect(titles(defaultComparison(all, 3))).toEqual(['Ann 2', 'Ann 1']);
    expect(titles(defaultComparison([team2026, bram, team2025, team2024], 3))).toEqual([
      'team 3',
      'team 2',
      'team 1',
    ]);
    // Bram has no earlier reflection: the newest cycles that do compare are taken.
    expect(titles(defaultComparison([bram, team2025, team2024], 3))).toEqual(['team 2', 'team 1']);
  });

  it('labels differences in way of working, person and scope, and the cycles still in progress', () => {
    const team = compared({ schoolYear: '2024-2025', status: 'closed', scope: ['R1', 'R2'] }, {});
    const sameTeam = compared({ schoolYear: '2025-2026', status: 'consensus', scope: ['R1', 'R2'] }, {});
    expect(comparisonDifferences([team, sameTeam])).toEqual({
      modes: false,
      people: false,
      scopes: false,
      inProgress: [sameTeam.cycle],
    });
    const ann = reflection('Ann', { status: 'followUp' }, {});
    const bram = reflection('Bram', { status: 'actionPlan', scope: ['R1'] }, {});
    expect(comparisonDifferences([team, ann, bram])).toEqual({
      modes: true,
      people: true,
      scopes: true,
      inProgress: [],
    });
  });
});
