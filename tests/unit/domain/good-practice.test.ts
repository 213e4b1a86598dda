import { describe, expect, it } from 'vitest';
import type { GoodPractice } from '../../../src/domain/assessment';
import type { Cycle } from '../../../src/domain/cycle';
import {
  emptyGoodPractice,
  goodPracticeGuard,
  goodPracticeProblems,
  practiceToSubstantiate,
} from '../../../src/domain/good-practice';
import { newRecordId } from '../../../src/domain/record';

const criteria = ['beyondUsual', 'positiveImpact', 'embedded', 'grounded', 'inspiring'];
const evidenceId = newRecordId();
const linkable = new Set([evidenceId]);

function complete(): GoodPractice {
  return {
    description: 'Co-teaching met de klasleraar in alle scholen.',
    criteria: criteria.map((criterionId) => ({ criterionId, met: true, evidenceIds: [evidenceId] })),
  };
}

describe('goodPracticeProblems', () => {
  it('accepts level 4 for a described practice meeting every criterion with evidence', () => {
    expect(goodPracticeProblems(complete(), criteria, linkable)).toEqual([]);
  });

  it('asks for everything when there is no good practice yet, description first', () => {
    const problems = goodPracticeProblems(undefined, criteria.slice(0, 2), linkable);
    expect(problems).toEqual([
      { kind: 'missingDescription' },
      { kind: 'criterionNotMet', criterionId: 'beyondUsual' },
      { kind: 'criterionWithoutEvidence', criterionId: 'beyondUsual' },
      { kind: 'criterionNotMet', criterionId: 'positiveImpact' },
      { kind: 'criterionWithoutEvidence', criterionId: 'positiveImpact' },
    ]);
  });

  it('does not take a description of only spaces', () => {
    const practice = { ...complete(), description: '  \n ' };
    expect(goodPracticeProblems(practice, criteria, linkable)).toEqual([{ kind: 'missingDescription' }]);
  });

  it('refuses a criterion that is not ticked, even with evidence', () => {
    const practice = complete();
    practice.criteria[2] = { criterionId: 'embedded', met: false, evidenceIds: [evidenceId] };
    expect(goodPracticeProblems(practice, criteria, linkable)).toEqual([
      { kind: 'criterionNotMet', criterionId: 'embedded' },
    ]);
  });

  it('refuses a criterion the team forgot to check at all', () => {
    const practice = complete();
    practice.criteria = practice.criteria.filter((check) => check.criterionId !== 'inspiring');
    expect(goodPracticeProblems(practice, criteria, linkable)).toEqual([
      { kind: 'criterionNotMet', criterionId: 'inspiring' },
      { kind: 'criterionWithoutEvidence', criterionId: 'inspiring' },
    ]);
  });

  it('does not count evidence that no longer exists in the cycle', () => {
    const practice = complete();
    practice.criteria[0] = { criterionId: 'beyondUsual', met: true, evidenceIds: [newRecordId()] };
    expect(goodPracticeProblems(practice, criteria, linkable)).toEqual([
      { kind: 'criterionWithoutEvidence', criterionId: 'beyondUsual' },
    ]);
  });

  it('is satisfied by one existing piece of evidence among deleted ones', () => {
    const practice = complete();
    practice.criteria[0] = {
      criterionId: 'beyondUsual',
      met: true,
      evidenceIds: [newRecordId(), evidenceId],
    };
    expect(goodPracticeProblems(practice, criteria, linkable)).toEqual([]);
  });

  it('lists problems in the order of the criteria, not of the checks', () => {
    const practice = complete();
    practice.criteria = [...practice.criteria].reverse().map((check) => ({ ...check, met: false }));
    const problems = goodPracticeProblems(practice, criteria, linkable);
    expect(problems.map((problem) => ('criterionId' in problem ? problem.criterionId : ''))).toEqual(
      criteria,
    );
  });
});

describe('emptyGoodPractice', () => {
  it('starts with no description and every criterion unticked, so it does not yet justify level 4', () => {
    const practice = emptyGoodPractice(criteria);
    expect(practice.description).toBe('');
    expect(practice.criteria).toEqual(
      criteria.map((criterionId) => ({ criterionId, met: false, evidenceIds: [] })),
    );
    expect(goodPracticeProblems(practice, criteria, linkable)).toHaveLength(1 + 2 * criteria.length);
  });
});

describe('a member’s level 4 in a team self-evaluation', () => {
  const ids = ['a', 'b'];
  const team = { mode: 'team' as const, invitation: undefined };

  it('is kept as chosen in a team cycle and in a member’s cycle; the consensus and a personal reflection keep the full guard', () => {
    expect(goodPracticeGuard(team, 'individual')).toBe('member');
    expect(goodPracticeGuard(team, 'consensus')).toBe('full');
    expect(goodPracticeGuard({ mode: 'individual', invitation: undefined }, 'individual')).toBe('full');
    const fromInvitation = {
      mode: 'individual' as const,
      invitation: {} as NonNullable<Cycle['invitation']>,
    };
    expect(goodPracticeGuard(fromInvitation, 'individual')).toBe('member');
  });

  it('is still to be substantiated until every criterion is ticked and backed, here or on the member’s device', () => {
    const practice = (backed: boolean[]) => ({
      rating: 'exceeds' as const,
      goodPractice: {
        description: 'Coaching op de klasvloer',
        criteria: ids.map((criterionId, index) => ({
          criterionId,
          met: true,
          evidenceIds: [],
          backedByMember: backed[index] ?? false,
        })),
      },
    });
    expect(practiceToSubstantiate(practice([true, false]), ids, new Set())).toBe(true);
    expect(practiceToSubstantiate(practice([true, true]), ids, new Set())).toBe(false);
    expect(practiceToSubstantiate({ ...practice([true, true]), rating: 'meets' }, ids, new Set())).toBe(
      false,
    );
  });
});
