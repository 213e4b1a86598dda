import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { ActionStatus } from '../../../src/domain/action';
import type { Rating } from '../../../src/domain/assessment';
import type { Cycle } from '../../../src/domain/cycle';
import { cycleRatings } from '../../../src/domain/cycle-ratings';
import {
  everyoneHasRated,
  evidenceCoverage,
  isOpenAction,
  isOverdue,
  levelsByGroup,
  nextStep,
  ratingProgress,
  summarizeActions,
  type RatingProgress,
} from '../../../src/domain/dashboard';
import { ExpectationSchema } from '../../../src/domain/framework/expectation';
import type { ExpectationCode } from '../../../src/domain/framework/expectation-code';
import { outlineFramework } from '../../../src/domain/framework/framework';
import { RubricSchema, SubrubricSchema } from '../../../src/domain/framework/rubric';
import { createParticipant } from '../../../src/domain/participant-schema';
import { readMarkdownFolder, readYaml } from '../content/read-content';
import { aCycle, anAction, anAssessment, anEvidence } from './factories';

const outline = outlineFramework({
  rubrics: z.array(RubricSchema).parse(readYaml('rubrics.yaml')),
  subrubrics: z.array(SubrubricSchema).parse(readYaml('subrubrics.yaml')),
  expectations: readMarkdownFolder('expectations').map((file) => ExpectationSchema.parse(file.data)),
});

/** The ratings of a cycle in which the team agreed the given ratings. */
function agreed(cycle: Cycle, given: Partial<Record<ExpectationCode, Rating>>) {
  const assessments = Object.entries(given).map(([code, rating]) =>
    anAssessment(cycle, code as ExpectationCode, rating),
  );
  return cycleRatings(cycle, assessments, undefined);
}

describe('ratingProgress', () => {
  it('counts expectations without an assessment as not rated', () => {
    const cycle = aCycle();
    const progress = ratingProgress(cycle.scope, agreed(cycle, { R1: 'meets' }));
    expect(progress).toMatchObject({ total: 17, answered: 1, withLevel: 1 });
    expect(progress.counts.notRated).toBe(16);
    expect(progress.counts.meets).toBe(1);
  });

  it('counts "more information needed" and "not in focus" as answered but not as a level', () => {
    const cycle = aCycle({ scope: ['M1', 'M2', 'M3', 'M4'] });
    const ratings = agreed(cycle, {
      M1: 'needsInformation',
      M2: 'notInFocus',
      M3: 'exceeds',
      M4: 'notRated',
    });
    const progress = ratingProgress(cycle.scope, ratings);
    expect(progress).toMatchObject({ total: 4, answered: 3, withLevel: 1 });
    expect(progress.counts).toEqual({
      below: 0,
      approaching: 0,
      meets: 0,
      exceeds: 1,
      notRated: 1,
      needsInformation: 1,
      notInFocus: 1,
    });
  });

  it('measures a focus cycle against its focus only', () => {
    const cycle = aCycle({ scope: ['S1', 'S2'] });
    const progress = ratingProgress(cycle.scope, agreed(cycle, { S1: 'below', S2: 'meets', R1: 'meets' }));
    expect(progress).toMatchObject({ total: 2, answered: 2, withLevel: 2 });
  });
});

describe('levelsByGroup', () => {
  it('gives each rubriek a row followed by its deelrubrieken, in reading order', () => {
    const cycle = aCycle();
    const groups = levelsByGroup(outline, cycle.scope, agreed(cycle, {}));
    expect(groups.map((group) => [group.kind, group.id, group.codes.length])).toEqual([
      ['rubric', 'resultaten-en-effecten', 3],
      ['rubric', 'ontwikkeling', 9],
      ['subrubric', 'visie', 1],
      ['subrubric', 'maatwerk', 4],
      ['subrubric', 'samenwerking', 4],
      ['rubric', 'beleid', 5],
    ]);
    expect(groups[1]).toMatchObject({
      title: 'Ontwikkeling',
      codes: ['V1', 'M1', 'M2', 'M3', 'M4', 'S1', 'S2', 'S3', 'S4'],
    });
    expect(groups[3]?.title).toBe('Maatwerk');
  });

  it('counts the ratings of each group, the rubriek covering its deelrubrieken', () => {
    const cycle = aCycle();
    const groups = levelsByGroup(
      outline,
      cycle.scope,
      agreed(cycle, { M1: 'meets', M2: 'meets', S1: 'below' }),
    );
    const ontwikkeling = groups.find((group) => group.id === 'ontwikkeling');
    const maatwerk = groups.find((group) => group.id === 'maatwerk');
    expect(ontwikkeling?.counts).toMatchObject({ meets: 2, below: 1, notRated: 6 });
    expect(maatwerk?.counts).toMatchObject({ meets: 2, below: 0, notRated: 2 });
  });

  it('shows only the groups and expectations of a focus scope', () => {
    const cycle = aCycle({ scope: ['M2', 'M3', 'BL1'] });
    const groups = levelsByGroup(outline, cycle.scope, agreed(cycle, {}));
    expect(groups.map((group) => [group.id, group.codes])).toEqual([
      ['ontwikkeling', ['M2', 'M3']],
      ['maatwerk', ['M2', 'M3']],
      ['beleid', ['BL1']],
    ]);
  });
});

describe('evidenceCoverage', () => {
  it('flags an expectation without evidence and one resting on a single voice', () => {
    const cycle = aCycle({ scope: ['R1', 'R2', 'R3'] });
    const evidence = [
      anEvidence(cycle, ['R1', 'R2'], ['teachers']),
      anEvidence(cycle, ['R1'], ['teachers']),
      anEvidence(cycle, ['R2'], ['parents', 'teachers']),
    ];
    expect(evidenceCoverage(cycle.scope, evidence)).toEqual([
      { code: 'R1', evidenceCount: 2, voices: ['teachers'], hint: 'singleVoice' },
      { code: 'R2', evidenceCount: 2, voices: ['parents', 'teachers'], hint: undefined },
      { code: 'R3', evidenceCount: 0, voices: [], hint: 'noEvidence' },
    ]);
  });

  it('counts evidence without any voice as evidence, but not as triangulated', () => {
    const cycle = aCycle({ scope: ['V1'] });
    expect(evidenceCoverage(cycle.scope, [anEvidence(cycle, ['V1'])])).toEqual([
      { code: 'V1', evidenceCount: 1, voices: [], hint: 'singleVoice' },
    ]);
  });

  it('lists voices once each in vocabulary order, and follows the scope order', () => {
    const cycle = aCycle({ scope: ['BL2', 'M1'] });
    const evidence = [
      anEvidence(cycle, ['M1'], ['partners', 'pupils']),
      anEvidence(cycle, ['M1'], ['pupils', 'clb']),
    ];
    const coverage = evidenceCoverage(cycle.scope, evidence);
    expect(coverage.map((entry) => entry.code)).toEqual(['BL2', 'M1']);
    expect(coverage[1]?.voices).toEqual(['pupils', 'clb', 'partners']);
  });
});

describe('open and overdue actions', () => {
  const cycle = aCycle();
  const today = '2026-03-10';

  it('treats planned, ongoing and postponed actions as open, done and dropped ones as finished', () => {
    const open = (status: ActionStatus) => isOpenAction(anAction(cycle, { status }));
    expect([open('planned'), open('ongoing'), open('postponed')]).toEqual([true, true, true]);
    expect([open('done'), open('dropped')]).toEqual([false, false]);
  });

  it('calls an open action overdue from the day after its due date', () => {
    expect(isOverdue(anAction(cycle, { dueDate: '2026-03-09' }), today)).toBe(true);
    expect(isOverdue(anAction(cycle, { dueDate: today }), today)).toBe(false);
    expect(isOverdue(anAction(cycle, { dueDate: '2026-03-11' }), today)).toBe(false);
  });

  it('never calls a finished action or one without a due date overdue', () => {
    expect(isOverdue(anAction(cycle, { dueDate: '2025-01-01', status: 'done' }), today)).toBe(false);
    expect(isOverdue(anAction(cycle, { dueDate: '2025-01-01', status: 'dropped' }), today)).toBe(false);
    expect(isOverdue(anAction(cycle), today)).toBe(false);
  });

  it('no longer counts an action carried over to next year as open here, nor ever as overdue', () => {
    const handedOn = anAction(cycle, {
      status: 'postponed',
      dueDate: '2025-01-01',
      carriedOverToId: crypto.randomUUID(),
    });
    expect(isOpenAction(handedOn)).toBe(false);
    expect(isOverdue(handedOn, today)).toBe(false);
  });
});

describe('summarizeActions', () => {
  it('lists open actions soonest due first, undated last, then by title, and counts every status', () => {
    const cycle = aCycle();
    const actions = [
      anAction(cycle, { title: 'Zonder datum' }),
      anAction(cycle, { title: 'Later', dueDate: '2026-06-01', status: 'ongoing' }),
      anAction(cycle, { title: 'Bijna', dueDate: '2026-03-20' }),
      anAction(cycle, { title: 'Te laat B', dueDate: '2026-02-01', status: 'postponed' }),
      anAction(cycle, { title: 'Te laat A', dueDate: '2026-02-01' }),
      anAction(cycle, { title: 'Klaar', dueDate: '2026-01-01', status: 'done' }),
      anAction(cycle, { title: 'Geschrapt', status: 'dropped' }),
      anAction(cycle, { title: 'Aardig', dueDate: '2026-06-01' }),
    ];
    const summary = summarizeActions(actions, '2026-03-10');
    expect(summary.open.map((action) => action.title)).toEqual([
      'Te laat A',
      'Te laat B',
      'Bijna',
      'Aardig',
      'Later',
      'Zonder datum',
    ]);
    expect(summary.overdue.map((action) => action.title)).toEqual(['Te laat A', 'Te laat B']);
    expect(summary.counts).toEqual({ planned: 4, ongoing: 1, done: 1, postponed: 1, dropped: 1 });
  });
});

describe('nextStep', () => {
  const progress = (answered: number, total = 17): RatingProgress => ({
    ...ratingProgress([], new Map()),
    total,
    answered,
  });
  const noActions = summarizeActions([], '2026-03-10');
  const step = (
    cycle: Cycle,
    options: {
      participants?: number;
      answered?: number;
      everyoneRated?: boolean;
      agreed?: number;
      actions?: ReturnType<typeof summarizeActions>;
    } = {},
  ) =>
    nextStep({
      cycle,
      participantCount: options.participants ?? 3,
      progress: progress(options.answered ?? 0),
      everyoneRated: options.everyoneRated ?? false,
      agreed: options.agreed ?? 0,
      actionSummary: options.actions ?? noActions,
    });

  it('asks a team to add participants before anything else', () => {
    expect(step(aCycle({ status: 'preparation' }), { participants: 1 })).toBe('addParticipants');
    expect(step(aCycle({ status: 'preparation' }), { participants: 2 })).toBe('rate');
  });

  it('asks to rate until the own ratings are done, then waits for the others, then proposes consensus', () => {
    expect(step(aCycle({ status: 'survey' }), { answered: 16 })).toBe('rate');
    expect(step(aCycle({ status: 'survey' }), { answered: 17 })).toBe('awaitRatings');
    expect(step(aCycle({ status: 'survey' }), { answered: 17, everyoneRated: true })).toBe('moveToConsensus');
    expect(step(aCycle({ status: 'preparation' }), { answered: 0, everyoneRated: true })).toBe(
      'moveToConsensus',
    );
  });

  it('lets an individual skip participants and consensus', () => {
    const alone = (status: Cycle['status']) => aCycle({ mode: 'individual', status });
    expect(step(alone('preparation'), { participants: 0 })).toBe('rate');
    expect(step(alone('survey'), { participants: 1, answered: 17 })).toBe('planActions');
    expect(step(alone('consensus'), { answered: 3 })).toBe('rate');
  });

  it('leads a member, once everything is rated, to hand in the contribution, whatever phase is stored', () => {
    const member = (status: Cycle['status']) =>
      aCycle({
        mode: 'individual',
        status,
        invitation: {
          teamCycleId: crypto.randomUUID(),
          roles: ['supportStaff'],
          anonymousAllowed: false,
          contributorKey: crypto.randomUUID(),
        },
      });
    expect(step(member('preparation'), { participants: 1, answered: 16 })).toBe('rate');
    expect(step(member('preparation'), { participants: 1, answered: 17 })).toBe('deliverContribution');
    expect(step(member('actionPlan'), { participants: 1, answered: 17 })).toBe('deliverContribution');
    expect(step(member('followUp'), { participants: 1, answered: 17 })).toBe('deliverContribution');
  });

  it('holds the consensus until the team has agreed on every expectation, then proposes the action plan', () => {
    expect(step(aCycle({ status: 'consensus' }), { answered: 10, agreed: 10 })).toBe('holdConsensus');
    // Every expectation answered by the user's own ratings is not yet the team's agreement.
    expect(step(aCycle({ status: 'consensus' }), { answered: 17, agreed: 16 })).toBe('holdConsensus');
    expect(step(aCycle({ status: 'consensus' }), { answered: 17, agreed: 17 })).toBe('planActions');
    // The data decides, not a phase left behind: all agreed while still in survey is time for actions.
    expect(step(aCycle({ status: 'survey' }), { agreed: 17 })).toBe('planActions');
  });

  it('asks for actions in the action plan, then to follow them up', () => {
    const cycle = aCycle({ status: 'actionPlan' });
    expect(step(cycle, { answered: 17 })).toBe('planActions');
    const actions = summarizeActions([anAction(cycle, { status: 'done' })], '2026-03-10');
    expect(step(cycle, { answered: 17, actions })).toBe('followUp');
  });

  it('proposes closing the cycle once no action is open, and then starting the next one', () => {
    const cycle = aCycle({ status: 'followUp' });
    const open = summarizeActions([anAction(cycle, { status: 'ongoing' })], '2026-03-10');
    const finished = summarizeActions([anAction(cycle, { status: 'done' })], '2026-03-10');
    const handedOn = summarizeActions(
      [anAction(cycle, { status: 'ongoing', carriedOverToId: crypto.randomUUID() })],
      '2026-03-10',
    );
    expect(step(cycle, { answered: 17, actions: open })).toBe('followUp');
    expect(step(cycle, { answered: 17, actions: finished })).toBe('closeCycle');
    expect(step(cycle, { answered: 17, actions: handedOn })).toBe('closeCycle');
    expect(step(aCycle({ status: 'closed' }), { answered: 17 })).toBe('startNextCycle');
  });
});

describe('everyoneHasRated', () => {
  const cycle = aCycle({ scope: ['M1', 'M2'] });
  const an = createParticipant({ cycleId: cycle.id, name: 'An', role: 'coordinator' });
  const bo = createParticipant({ cycleId: cycle.id, name: 'Bo', role: 'supportStaff' });
  const rated = (participantId: string, code: 'M1' | 'M2', rating: Rating = 'meets') =>
    anAssessment(cycle, code, rating, { participantId });

  it('is true once every participant answered every expectation in scope', () => {
    const all = [
      rated(an.id, 'M1'),
      rated(an.id, 'M2'),
      rated(bo.id, 'M1'),
      rated(bo.id, 'M2', 'needsInformation'),
    ];
    expect(everyoneHasRated(cycle, [an, bo], all)).toBe(true);
  });

  it('is false while someone has an expectation open or not rated, or when nobody takes part', () => {
    expect(
      everyoneHasRated(cycle, [an, bo], [rated(an.id, 'M1'), rated(an.id, 'M2'), rated(bo.id, 'M1')]),
    ).toBe(false);
    const notRated = [
      rated(an.id, 'M1'),
      rated(an.id, 'M2'),
      rated(bo.id, 'M1'),
      rated(bo.id, 'M2', 'notRated'),
    ];
    expect(everyoneHasRated(cycle, [an, bo], notRated)).toBe(false);
    // The team's consensus is not someone's own rating.
    expect(everyoneHasRated(cycle, [an], [rated(an.id, 'M1'), anAssessment(cycle, 'M2', 'meets')])).toBe(
      false,
    );
    expect(everyoneHasRated(cycle, [], [])).toBe(false);
  });
});
