import type { Action } from '../action';
import { progressOldestFirst, sortActions } from '../action-plan';
import { isOverdue } from '../dashboard';
import { reportedAmong, type ReportContext } from './report-context';
import type { ReportAction } from './report-model';
import type { SectionHeading, SectionOf } from './section-types';

/** An action as the report shows it; its expectations narrowed to the reported ones, in reading order. */
export function reportAction(context: ReportContext, action: Action): ReportAction {
  return {
    title: action.title,
    expectationCodes: reportedAmong(context, action.expectationCodes),
    goal: action.goal,
    successIndicator: action.successIndicator,
    owner: action.owner,
    ...(action.startDate === undefined ? {} : { startDate: action.startDate }),
    ...(action.dueDate === undefined ? {} : { dueDate: action.dueDate }),
    status: context.vocabulary.labels.actionStatuses[action.status],
    overdue: isOverdue(action, context.input.today),
    progress: progressOldestFirst(action.progressLog).map(({ date, note }) => ({ date, note })),
    evaluation: action.evaluation,
  };
}

/** Whether the action belongs in this report: it works on a reported expectation, or on none in particular. */
function belongsInReport(context: ReportContext, action: Action): boolean {
  return action.expectationCodes.length === 0 || reportedAmong(context, action.expectationCodes).length > 0;
}

/** Ontwikkelplan: the cycle's actions on reported expectations or on none, soonest due first. */
export function developmentPlanSection(
  context: ReportContext,
  heading: SectionHeading,
): SectionOf<'developmentPlan'> {
  const actions = context.actions.filter((action) => belongsInReport(context, action));
  return {
    id: 'developmentPlan',
    ...heading,
    actions: sortActions(actions, 'dueDate').map((action) => reportAction(context, action)),
  };
}
