import type { Action } from '../action';
import { progressOldestFirst, sortActions } from '../action-plan';
import { isOverdue } from '../dashboard';
import { participantName } from './participant-names';
import { reportedAmong, type ReportContext } from './report-context';
import type { ReportAction } from './report-model';
import type { SectionHeading, SectionOf } from './section-types';

/**
 * The owner as typed, unless it is a participant's name and names are anonymised: then the participant's
 * anonymous name, so an anonymised report does not name them in the plan.
 */
function ownerName(context: ReportContext, owner: string): string {
  if (!context.input.options.anonymise) return owner;
  const typed = owner.trim().toLocaleLowerCase('nl-BE');
  const participant = context.participants.find((p) => p.name.trim().toLocaleLowerCase('nl-BE') === typed);
  return participant ? participantName(context, participant) : owner;
}

/** An action as the report shows it; its expectations narrowed to the reported ones, in reading order. */
export function reportAction(context: ReportContext, action: Action): ReportAction {
  return {
    title: action.title,
    expectationCodes: reportedAmong(context, action.expectationCodes),
    goal: action.goal,
    successIndicator: action.successIndicator,
    owner: ownerName(context, action.owner),
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
