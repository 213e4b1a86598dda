import { ACTION_STATUSES, type Action, type ActionStatus } from './action';
import { sortActions } from './action-plan';
import type { Assessment, Rating } from './assessment';
import { cycleKind, type Cycle } from './cycle';
import type { RatingsByExpectation } from './cycle-ratings';
import type { Evidence } from './evidence';
import { VOICES, type Voice } from './evidence-vocabulary';
import type { ExpectationCode } from './framework/expectation-code';
import type { RubricOutline } from './framework/framework';
import { LEVEL_IDS, RATING_STATE_IDS } from './framework/scale';
import type { Participant } from './participant';

/** How far the rating of a cycle's scope has come. */
export interface RatingProgress {
  /** Expectations in scope. */
  total: number;
  /** Expectations with any answer other than "nog niet beoordeeld". */
  answered: number;
  /** Expectations rated on one of the four levels. */
  withLevel: number;
  /** Expectations per rating; an expectation without an assessment counts as not rated. */
  counts: Record<Rating, number>;
}

function zeroCounts(): Record<Rating, number> {
  const counts = {} as Record<Rating, number>;
  for (const rating of [...LEVEL_IDS, ...RATING_STATE_IDS]) counts[rating] = 0;
  return counts;
}

function countRatings(
  codes: readonly ExpectationCode[],
  ratings: RatingsByExpectation,
): Record<Rating, number> {
  const counts = zeroCounts();
  for (const code of codes) counts[ratings.get(code)?.rating ?? 'notRated'] += 1;
  return counts;
}

/** How many expectations in scope are answered and rated on a level, and how many got each rating. */
export function ratingProgress(
  scope: readonly ExpectationCode[],
  ratings: RatingsByExpectation,
): RatingProgress {
  const counts = countRatings(scope, ratings);
  const withLevel = LEVEL_IDS.reduce((sum, level) => sum + counts[level], 0);
  return { total: scope.length, answered: scope.length - counts.notRated, withLevel, counts };
}

/** Whether every expectation in scope has an answer other than "nog niet beoordeeld". */
export function allAnswered(progress: Pick<RatingProgress, 'answered' | 'total'>): boolean {
  return progress.answered >= progress.total;
}

/** The ratings within one rubriek or deelrubriek. */
export interface GroupLevels {
  /** Id of the rubriek or deelrubriek. */
  id: string;
  title: string;
  kind: 'rubric' | 'subrubric';
  /** Its expectations in scope, in reading order. */
  codes: ExpectationCode[];
  counts: Record<Rating, number>;
}

/**
 * The ratings per rubriek, each followed by its deelrubrieken, in reading order. A rubriek's row covers its
 * deelrubrieken too. Only expectations in scope count; a group with none in scope is left out.
 */
export function levelsByGroup(
  outline: readonly RubricOutline[],
  scope: readonly ExpectationCode[],
  ratings: RatingsByExpectation,
): GroupLevels[] {
  const inScope = new Set(scope);
  const scoped = (expectations: readonly { code: ExpectationCode }[]): ExpectationCode[] =>
    expectations.map((expectation) => expectation.code).filter((code) => inScope.has(code));
  const groups: GroupLevels[] = [];
  for (const { rubric, expectations, subrubrics } of outline) {
    const rubricCodes = scoped([...expectations, ...subrubrics.flatMap((sub) => sub.expectations)]);
    if (rubricCodes.length === 0) continue;
    groups.push({
      id: rubric.id,
      title: rubric.title,
      kind: 'rubric',
      codes: rubricCodes,
      counts: countRatings(rubricCodes, ratings),
    });
    for (const { subrubric, expectations: subExpectations } of subrubrics) {
      const codes = scoped(subExpectations);
      if (codes.length === 0) continue;
      groups.push({
        id: subrubric.id,
        title: subrubric.title,
        kind: 'subrubric',
        codes,
        counts: countRatings(codes, ratings),
      });
    }
  }
  return groups;
}

/** What evidence one expectation rests on, and whose voices it carries. */
export interface EvidenceCoverage {
  code: ExpectationCode;
  evidenceCount: number;
  /** The distinct voices of its evidence, in vocabulary order. */
  voices: Voice[];
  /** A gap worth pointing out: no evidence at all, or evidence from fewer than two voices. */
  hint: 'noEvidence' | 'singleVoice' | undefined;
}

/**
 * Per expectation in scope (in scope order) how much evidence is linked and from how many voices. Pass the
 * cycle's evidence only, and its bevragingen as sources (`surveyAsSource`). Fewer than two voices is flagged because triangulation needs more than one perspective.
 */
export function evidenceCoverage(
  scope: readonly ExpectationCode[],
  evidence: readonly Pick<Evidence, 'voices' | 'expectationCodes'>[],
): EvidenceCoverage[] {
  return scope.map((code) => {
    const linked = evidence.filter((item) => item.expectationCodes.includes(code));
    const voices = VOICES.filter((voice) => linked.some((item) => item.voices.includes(voice)));
    const hint = linked.length === 0 ? 'noEvidence' : voices.length < 2 ? 'singleVoice' : undefined;
    return { code, evidenceCount: linked.length, voices, hint };
  });
}

/** The statuses of an action that still asks for work: gepland, lopend, uitgesteld. */
export const OPEN_ACTION_STATUSES = [
  'planned',
  'ongoing',
  'postponed',
] as const satisfies readonly ActionStatus[];

/** Whether the action still asks for work in its cycle: not done, not dropped, not carried over to next year. */
export function isOpenAction(action: Action): boolean {
  return (
    (OPEN_ACTION_STATUSES as readonly ActionStatus[]).includes(action.status) &&
    action.carriedOverToId === undefined
  );
}

/** Whether an open action's due date lies before today (`YYYY-MM-DD`); due today is not yet overdue. */
export function isOverdue(action: Action, today: string): boolean {
  return isOpenAction(action) && action.dueDate !== undefined && action.dueDate < today;
}

/** The state of a cycle's ontwikkelplan. */
export interface ActionSummary {
  /** Actions still asking for work, soonest due first. */
  open: Action[];
  /** Open actions past their due date, soonest due first. */
  overdue: Action[];
  counts: Record<ActionStatus, number>;
}

/** The open and overdue actions (by due date, undated last, then title) and how many have each status. */
export function summarizeActions(actions: readonly Action[], today: string): ActionSummary {
  const counts = {} as Record<ActionStatus, number>;
  for (const status of ACTION_STATUSES) counts[status] = 0;
  for (const action of actions) counts[action.status] += 1;
  const open = sortActions(actions.filter(isOpenAction), 'dueDate');
  return { open, overdue: open.filter((action) => isOverdue(action, today)), counts };
}

/**
 * Whether every participant of the cycle has answered every expectation in scope with their own rating
 * (anything but "nog niet beoordeeld"); false for a cycle without participants.
 */
export function everyoneHasRated(
  cycle: Cycle,
  participants: readonly Participant[],
  assessments: readonly Assessment[],
): boolean {
  const answered = new Set(
    assessments
      .filter((a) => a.cycleId === cycle.id && a.kind === 'individual' && a.rating !== 'notRated')
      .map((a) => `${a.participantId ?? ''} ${a.expectationCode}`),
  );
  return (
    participants.length > 0 &&
    participants.every((p) => cycle.scope.every((code) => answered.has(`${p.id} ${code}`)))
  );
}

/** What the dashboard advises doing next. */
export type NextStep =
  | 'addParticipants'
  | 'rate'
  | 'deliverContribution'
  | 'awaitRatings'
  | 'moveToConsensus'
  | 'holdConsensus'
  | 'planActions'
  | 'followUp'
  | 'closeCycle'
  | 'startNextCycle';

/**
 * The next thing to do in a cycle, from its data and its status. A team in preparation with fewer than two
 * participants first adds them. Until the team agreed on every expectation: in consensus it holds the
 * consensus; before that it moves to consensus once everyone has rated, rates while the user's own ratings
 * are open, and otherwise awaits the others' ratings. Once everything is agreed, it plans actions. An
 * individual rates until everything is answered, then plans actions. A member's contribution to a team's cycle
 * rates, and once everything is answered hands the contribution in: the team's phases are not the member's to
 * move, and handing in again after a change is still the next step. Action plan: plan actions until there is
 * one, then follow up. Follow-up: follow up while actions are open, then close. Closed: start the next cycle.
 */
export function nextStep(input: {
  cycle: Cycle;
  participantCount: number;
  progress: RatingProgress;
  /** Whether every participant rated every expectation in scope (see `everyoneHasRated`). */
  everyoneRated: boolean;
  /** Expectations in scope with an agreed team consensus; what ends a team's consensus phase. */
  agreed: number;
  actionSummary: ActionSummary;
}): NextStep {
  const { cycle, participantCount, progress, everyoneRated, agreed, actionSummary } = input;
  const actionCount = ACTION_STATUSES.reduce((sum, status) => sum + actionSummary.counts[status], 0);
  if (cycleKind(cycle) === 'contribution') return allAnswered(progress) ? 'deliverContribution' : 'rate';
  switch (cycle.status) {
    case 'preparation':
    case 'survey':
    case 'consensus':
      if (cycle.mode === 'individual') return allAnswered(progress) ? 'planActions' : 'rate';
      if (cycle.status === 'preparation' && participantCount < 2) return 'addParticipants';
      if (agreed >= progress.total) return 'planActions';
      if (cycle.status === 'consensus') return 'holdConsensus';
      if (everyoneRated) return 'moveToConsensus';
      return allAnswered(progress) ? 'awaitRatings' : 'rate';
    case 'actionPlan':
      return actionCount === 0 ? 'planActions' : 'followUp';
    case 'followUp':
      return actionSummary.open.length === 0 ? 'closeCycle' : 'followUp';
    case 'closed':
      return 'startNextCycle';
  }
}
