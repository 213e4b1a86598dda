import type { Action } from '../action';
import { sortActions } from '../action-plan';
import { reportEvolution, type Evolution } from './evolution';
import type { ExpectationCode } from '../framework/expectation-code';
import { recommendationsSection, teamRecommendation } from './recommendations';
import { judgedRating, reportContext, reportedAmong, type ReportContext } from './report-context';
import type { ReportPreviousAction, ReportSection } from './report-model';

type QualityDevelopment = Extract<ReportSection, { id: 'qualityDevelopment' }>;
type PreviousCycle = NonNullable<QualityDevelopment['previousCycle']>;

/**
 * The previous cycle's report as its own report built it, on the expectations this report covers: its
 * recommendations read as they did then (the team's rewritten words where it rewrote them). Only its
 * judgements, actions and recommendations are read, so its evidence, bevragingen and checklist stay out.
 */
function previousReportContext(context: ReportContext, evolution: Evolution): ReportContext {
  const { previous: _this, surveys: _surveys, surveyResponses: _responses, ...input } = context.input;
  const { previous } = evolution;
  return reportContext(
    {
      ...input,
      cycle: previous.cycle,
      participants: previous.participants,
      assessments: previous.assessments,
      actions: previous.actions,
      recommendations: previous.recommendations,
      selfParticipantId: previous.selfParticipantId,
      evidence: [],
      attachmentNames: new Map(),
      journalNotes: [],
      conditionChecks: [],
      options: { ...input.options, codes: context.codes },
    },
    context.vocabulary,
  );
}

/**
 * What became of a previous action: carried into this cycle (with how its copy stands now), afgerond or
 * geschrapt there, or left open without being carried over.
 */
function previousAction(context: ReportContext, action: Action): ReportPreviousAction {
  const { actionStatuses, evolution } = context.vocabulary.labels;
  const copy = context.actions.find(
    (candidate) => candidate.id === action.carriedOverToId || candidate.carriedOverFromId === action.id,
  );
  const outcome: ReportPreviousAction['outcome'] =
    copy !== undefined || action.carriedOverToId !== undefined
      ? { id: 'carriedOver', label: evolution.carriedOver }
      : action.status === 'done' || action.status === 'dropped'
        ? { id: action.status, label: actionStatuses[action.status] }
        : { id: 'open', label: evolution.notCarried(actionStatuses[action.status]) };
  return {
    title: action.title,
    expectationCodes: reportedAmong(context, action.expectationCodes),
    outcome,
    evaluation: action.evaluation,
    ...(copy === undefined
      ? {}
      : { current: { status: actionStatuses[copy.status], evaluation: copy.evaluation } }),
  };
}

/**
 * Wat deden we met de vorige zelfevaluatie? The previous cycle's recommendations on the reported
 * expectations (empty groups left out), each with its actions on that expectation or linked to it and their
 * outcome, soonest due first; its other actions on a reported expectation or on none; and the reported expectations whose
 * level rose, fell or became "meer informatie nodig".
 */
export function previousCycleOf(context: ReportContext): PreviousCycle | undefined {
  const { evolution } = context;
  if (evolution === undefined) return undefined;
  const { previous } = evolution;
  // As in the ontwikkelplan: actions on a reported expectation, or on none in particular.
  const actions = sortActions(
    previous.actions.filter(
      (action) =>
        action.cycleId === previous.cycle.id &&
        (action.expectationCodes.length === 0 || reportedAmong(context, action.expectationCodes).length > 0),
    ),
    'dueDate',
  );
  const then = previousReportContext(context, evolution);
  const { groups } = recommendationsSection(then, { title: '', intro: '' });
  // A recommendation's actions: those on its expectation and those the team linked to it.
  const actionsOf = (code: ExpectationCode): Action[] => {
    const linked = new Set(teamRecommendation(then, code)?.actionIds ?? []);
    return actions.filter((action) => action.expectationCodes.includes(code) || linked.has(action.id));
  };
  const recommendations = groups
    .filter((group) => group.items.length > 0)
    .map(({ kind, title, items }) => ({
      kind,
      title,
      items: items.map(({ code, statement, text }) => ({
        code,
        statement,
        text,
        actions: actionsOf(code as ExpectationCode).map((action) => previousAction(context, action)),
      })),
    }));
  const listed = new Set(
    groups.flatMap((group) => group.items.flatMap((item) => actionsOf(item.code as ExpectationCode))),
  );
  const changes = context.expectations.flatMap(({ code, statement }) => {
    const change = reportEvolution(evolution, context.vocabulary, code);
    return change && ['rose', 'fell', 'needsInformation'].includes(change.change.id)
      ? [{ code, statement, rating: judgedRating(context, code), evolution: change }]
      : [];
  });
  return {
    heading: context.vocabulary.labels.evolution.title,
    title: previous.cycle.title,
    schoolYear: previous.cycle.schoolYear,
    recommendations,
    otherActions: actions
      .filter((action) => !listed.has(action))
      .map((action) => previousAction(context, action)),
    changes,
  };
}
