import type { Assessment, Rating } from './assessment';
import type { Cycle, CycleStatus } from './cycle';
import { consensusByExpectation } from './cycle-ratings';
import { EXPECTATION_CODES, type ExpectationCode } from './framework/expectation-code';
import { levelValue } from './rating';
import { compareCodes } from './code-order';

/**
 * What a compared cycle says about one expectation: a rating, or, in a team cycle, that the team has not
 * agreed on one yet (members' drafts never stand in for the team).
 */
export type ComparedValue = Rating | 'noTeamJudgement';

/** A cycle with the judgements that count in a comparison, and whose they are. */
export interface ComparedCycle {
  cycle: Cycle;
  /** Per expectation in scope: the team's consensus (team cycle) or the person's own rating (reflection). */
  ratings: ReadonlyMap<ExpectationCode, Rating>;
  /** In a personal reflection: whose it is (the name of this device's participant), when known. */
  person?: string;
}

/** How one expectation was rated across cycles. */
export interface ExpectationTrend {
  code: ExpectationCode;
  /** The value per cycle, in the compared cycles' order; undefined where it was outside the cycle's scope. */
  values: (ComparedValue | undefined)[];
  /**
   * What the newest cycle that has it in scope says against the earlier ones: its level rose, fell or stayed
   * against the last comparable level; it went from a level to "meer informatie nodig"; it has no team
   * judgement yet; or there is nothing to compare.
   */
  change: 'rose' | 'fell' | 'same' | 'needsInformation' | 'noTeamJudgement' | 'notComparable';
  /** The two ratings the change compares, earlier first; absent when not comparable. */
  compared?: { from: Rating; to: Rating };
}

/** The steps in which a cycle's judgements can still change. */
const IN_PROGRESS: readonly CycleStatus[] = ['preparation', 'survey', 'consensus'];

/** Whether the cycle's judgements can still change: it has not reached the action plan yet. */
export function isInProgress(cycle: Cycle): boolean {
  return IN_PROGRESS.includes(cycle.status);
}

/**
 * The judgements a comparison counts in a cycle: in a team cycle only the team's consensus (the newest of
 * merged copies), in a personal reflection only its own participant's ratings. Expectations without one are
 * absent; nobody else's draft ever fills the gap.
 */
export function comparedRatings(
  cycle: Cycle,
  assessments: readonly Assessment[],
  selfParticipantId: string | undefined,
): Map<ExpectationCode, Rating> {
  const ratings = new Map<ExpectationCode, Rating>();
  if (cycle.mode === 'team') {
    for (const [code, consensus] of consensusByExpectation(cycle, assessments)) {
      ratings.set(code, consensus.rating);
    }
    return ratings;
  }
  const own = assessments
    .filter(
      (assessment) =>
        assessment.cycleId === cycle.id &&
        assessment.kind === 'individual' &&
        selfParticipantId !== undefined &&
        assessment.participantId === selfParticipantId &&
        cycle.scope.includes(assessment.expectationCode),
    )
    .sort((a, b) => compareCodes(a.updatedAt, b.updatedAt));
  for (const assessment of own) ratings.set(assessment.expectationCode, assessment.rating);
  return ratings;
}

function chronologically(a: ComparedCycle, b: ComparedCycle): number {
  return (
    compareCodes(a.cycle.schoolYear, b.cycle.schoolYear) || compareCodes(a.cycle.createdAt, b.cycle.createdAt)
  );
}

const samePerson = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  a.trim().toLocaleLowerCase('nl-BE') === b.trim().toLocaleLowerCase('nl-BE');

/** Whether two cycles compare like with like: both a team's, or both reflections of the same person. */
export function areComparable(a: ComparedCycle, b: ComparedCycle): boolean {
  if (a.cycle.mode !== b.cycle.mode) return false;
  return a.cycle.mode === 'team' || samePerson(a.person, b.person);
}

/**
 * The cycles compared when the user has not chosen: the newest cycle with up to `count - 1` earlier ones
 * it is comparable with (team with team, a person's reflection with their own), newest first. When the
 * newest has no comparable cycle, the newest cycle that has one is taken instead; failing that, the newest.
 */
export function defaultComparison(cycles: readonly ComparedCycle[], count: number): ComparedCycle[] {
  const newestFirst = [...cycles].sort((a, b) => chronologically(b, a));
  const groups = newestFirst.map((anchor) =>
    newestFirst.filter((other) => other === anchor || areComparable(anchor, other)).slice(0, count),
  );
  return groups.find((group) => group.length >= 2) ?? newestFirst.slice(0, count);
}

/** What differs between the compared cycles, for the comparison to say before anyone reads a change. */
export interface ComparisonDifferences {
  /** Team cycles and personal reflections side by side. */
  modes: boolean;
  /** Reflections of different (or unknown) people side by side. */
  people: boolean;
  /** Cycles with different expectations in scope. */
  scopes: boolean;
  /** The compared cycles whose judgements can still change. */
  inProgress: Cycle[];
}

/** How the compared cycles differ in way of working, person and scope, and which are still in progress. */
export function comparisonDifferences(cycles: readonly ComparedCycle[]): ComparisonDifferences {
  const [first, ...rest] = cycles;
  const [firstReflection, ...otherReflections] = cycles.filter(({ cycle }) => cycle.mode === 'individual');
  const scopeOf = ({ cycle }: ComparedCycle): string => cycle.scope.join(',');
  return {
    modes: rest.some(({ cycle }) => cycle.mode !== first?.cycle.mode),
    people: otherReflections.some((other) => !samePerson(firstReflection?.person, other.person)),
    scopes: first !== undefined && rest.some((other) => scopeOf(other) !== scopeOf(first)),
    inProgress: cycles.filter(({ cycle }) => isInProgress(cycle)).map(({ cycle }) => cycle),
  };
}

/** The value a cycle gives an expectation in its scope. */
function valueIn({ cycle, ratings }: ComparedCycle, code: ExpectationCode): ComparedValue {
  return ratings.get(code) ?? (cycle.mode === 'team' ? 'noTeamJudgement' : 'notRated');
}

/**
 * The change an expectation shows in the newest cycle that has it in scope, against the earlier cycles
 * rated against the same framework version (a revised referentiekader never pairs unlike with unlike).
 */
function changeOf(
  ordered: readonly ComparedCycle[],
  values: readonly (ComparedValue | undefined)[],
): Pick<ExpectationTrend, 'change' | 'compared'> {
  const lastIndex = values.findLastIndex((value) => value !== undefined);
  const last = values[lastIndex];
  const version = ordered[lastIndex]?.cycle.frameworkVersion;
  if (last === undefined || last === 'noTeamJudgement') {
    return { change: last ?? 'notComparable' };
  }
  const before = values
    .slice(0, lastIndex)
    .findLast(
      (value, index): value is Rating =>
        value !== undefined &&
        value !== 'noTeamJudgement' &&
        levelValue(value) !== undefined &&
        ordered[index]?.cycle.frameworkVersion === version,
    );
  const to = levelValue(last);
  if (before === undefined) return { change: 'notComparable' };
  if (to === undefined) {
    return last === 'needsInformation'
      ? { change: 'needsInformation', compared: { from: before, to: last } }
      : { change: 'notComparable' };
  }
  const from = levelValue(before) ?? to;
  return { change: to > from ? 'rose' : to < from ? 'fell' : 'same', compared: { from: before, to: last } };
}

/**
 * The cycles oldest first (by school year, then creation) and, per expectation in scope of any of them, its
 * values over time and the change the newest cycle that has it in scope shows.
 */
export function compareCycles(cycles: readonly ComparedCycle[]): {
  cycles: Cycle[];
  trends: ExpectationTrend[];
} {
  const ordered = [...cycles].sort(chronologically);
  const trends: ExpectationTrend[] = [];
  for (const code of EXPECTATION_CODES) {
    if (!ordered.some(({ cycle }) => cycle.scope.includes(code))) continue;
    const values = ordered.map((compared) =>
      compared.cycle.scope.includes(code) ? valueIn(compared, code) : undefined,
    );
    trends.push({ code, values, ...changeOf(ordered, values) });
  }
  return { cycles: ordered.map(({ cycle }) => cycle), trends };
}
