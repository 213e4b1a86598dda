import type { Assessment, Rating } from '../assessment';
import type { Cycle } from '../cycle';
import type { ExpectationCode } from '../framework/expectation-code';
import { LEVEL_IDS, RATING_STATE_IDS } from '../framework/scale';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../participant';
import { levelValue } from '../rating';
import { distinctParticipants, ownAssessments } from './own-assessments';
import {
  hingesOfSorted,
  medianOfSorted,
  rangeOfSorted,
  type InterquartileRange,
  type LevelRange,
} from './statistics';

/** A role's ratings are shown apart only when at least this many of its participants gave a level. */
export const MIN_ROLE_RESPONDENTS = 3;

/** How one role rated an expectation; only for roles with at least {@link MIN_ROLE_RESPONDENTS} respondents. */
export interface RoleAggregate {
  role: ParticipantRole;
  /** Participants of this role who gave a level (1–4). */
  respondents: number;
  /** Participants of this role who gave any answer other than "nog niet beoordeeld". */
  answered: number;
  /** Participants of this role per answer; `notRated` counts those without an answer. */
  counts: Record<Rating, number>;
  /** Median of the levels given (1–4, may be a half). */
  median?: number;
}

/** How the participants of a cycle individually rated one expectation. */
export interface ExpectationAggregate {
  code: ExpectationCode;
  /** Participants who rated it on a level (1–4); only they count in median, range and quartiles. */
  respondents: number;
  /** Participants who gave any answer other than "nog niet beoordeeld", "meer informatie nodig" and "niet in focus" included. */
  answered: number;
  /**
   * Participants per answer. The levels and the states "meer informatie nodig" and "niet in focus" sum to
   * `answered`; `notRated` counts the participants without an answer (no assessment, or one not yet rated),
   * so all counts together make the number of participants.
   */
  counts: Record<Rating, number>;
  /** Median of the levels given (1–4, may be a half); absent without respondents. */
  median?: number;
  /** Lowest and highest level given; absent without respondents. */
  range?: LevelRange;
  /** Quartiles by Tukey's hinges (see statistics.ts); absent without respondents. */
  iqr?: InterquartileRange;
  /** Per role, in role order, only roles with at least {@link MIN_ROLE_RESPONDENTS} respondents. */
  byRole: RoleAggregate[];
  /**
   * Roles left out of `byRole` so no individual rating can be read from it: those with one or two
   * respondents, and, when those add up to fewer than three, also the smallest role otherwise shown.
   */
  hiddenRoles: ParticipantRole[];
}

/** A count of zero for every answer, levels first. */
export function zeroRatingCounts(): Record<Rating, number> {
  const counts = {} as Record<Rating, number>;
  for (const rating of [...LEVEL_IDS, ...RATING_STATE_IDS]) counts[rating] = 0;
  return counts;
}

interface Tally {
  counts: Record<Rating, number>;
  /** Level values, ascending. */
  levels: number[];
}

function tally(ratings: readonly Rating[]): Tally {
  const counts = zeroRatingCounts();
  const levels: number[] = [];
  for (const rating of ratings) {
    counts[rating] += 1;
    const value = levelValue(rating);
    if (value !== undefined) levels.push(value);
  }
  levels.sort((a, b) => a - b);
  return { counts, levels };
}

/**
 * How the participants rated one expectation. Only individual assessments count, never a consensus; each
 * participant counts once, with their newest assessment of the code when merged copies hold several.
 * Assessments of anyone not in `participants`, or made in another cycle than the participant's, are ignored.
 * A participant listed twice (merged copies) counts once, as their newest record.
 */
export function aggregateExpectation(
  code: ExpectationCode,
  assessments: readonly Assessment[],
  participants: readonly Participant[],
): ExpectationAggregate {
  const people = distinctParticipants(participants);
  const latest = new Map(
    ownAssessments(code, assessments, people).map((own) => [own.participant.id, own.assessment]),
  );
  const ratingOf = (participant: Participant): Rating => latest.get(participant.id)?.rating ?? 'notRated';

  const all = tally(people.map(ratingOf));
  let byRole: RoleAggregate[] = [];
  const hiddenRoles: ParticipantRole[] = [];
  let hiddenRespondents = 0;
  for (const role of PARTICIPANT_ROLES) {
    const { counts, levels } = tally(people.filter((p) => p.role === role).map(ratingOf));
    if (levels.length >= MIN_ROLE_RESPONDENTS) {
      const median = medianOfSorted(levels);
      byRole.push({
        role,
        respondents: levels.length,
        answered: answeredOf(counts),
        counts,
        ...(median === undefined ? {} : { median }),
      });
    } else if (levels.length > 0) {
      hiddenRoles.push(role);
      hiddenRespondents += levels.length;
    }
  }
  // The whole minus the roles shown gives the hidden roles together: when that is one or two people (a lone
  // director), also hide the smallest role shown, so no one's rating can be worked out by subtraction.
  if (hiddenRespondents > 0 && hiddenRespondents < MIN_ROLE_RESPONDENTS && byRole.length > 0) {
    const smallest = byRole.reduce((min, role) => (role.respondents < min.respondents ? role : min));
    byRole = byRole.filter((role) => role !== smallest);
    hiddenRoles.push(smallest.role);
    hiddenRoles.sort((a, b) => PARTICIPANT_ROLES.indexOf(a) - PARTICIPANT_ROLES.indexOf(b));
  }
  const median = medianOfSorted(all.levels);
  const range = rangeOfSorted(all.levels);
  const iqr = hingesOfSorted(all.levels);
  return {
    code,
    respondents: all.levels.length,
    answered: answeredOf(all.counts),
    counts: all.counts,
    ...(median === undefined ? {} : { median }),
    ...(range === undefined ? {} : { range }),
    ...(iqr === undefined ? {} : { iqr }),
    byRole,
    hiddenRoles,
  };
}

function answeredOf(counts: Record<Rating, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0) - counts.notRated;
}

/**
 * One aggregate per expectation in the cycle's scope, in scope (reading) order. Only the cycle's own
 * participants and assessments count.
 */
export function aggregateCycle(
  cycle: Cycle,
  assessments: readonly Assessment[],
  participants: readonly Participant[],
): ExpectationAggregate[] {
  const ownParticipants = participants.filter((participant) => participant.cycleId === cycle.id);
  // Each expectation reads only its own assessments: five years of a team's ratings were read once per
  // expectation, seventeen times in all, in the task that shows the consensus agenda.
  const byCode = new Map<ExpectationCode, Assessment[]>();
  for (const assessment of assessments) {
    if (assessment.cycleId !== cycle.id) continue;
    const ofCode = byCode.get(assessment.expectationCode);
    if (ofCode) ofCode.push(assessment);
    else byCode.set(assessment.expectationCode, [assessment]);
  }
  return cycle.scope.map((code) => aggregateExpectation(code, byCode.get(code) ?? [], ownParticipants));
}
