import type { ActionSummary } from '../../domain/dashboard';
import { appPaths } from '../cycles/cycle-link';
import { formatDate } from '../format';
import * as strings from '../strings';

/** The open actions, overdue ones first and marked in words, with the way to the action plan. */
export function ActionsOverview({ cycleId, summary }: { cycleId: string; summary: ActionSummary }) {
  const overdue = new Set(summary.overdue.map((action) => action.id));
  const open = [...summary.overdue, ...summary.open.filter((action) => !overdue.has(action.id))];
  return (
    <section aria-labelledby="dashboard-actions-title" class="dashboard-section">
      <h2 id="dashboard-actions-title">{strings.dashboard.actionsTitle}</h2>
      <p>{strings.actions.summary(summary.open.length, summary.overdue.length)}</p>
      {/* With none open the summary above already says "Geen open acties."; said once is enough. */}
      {open.length > 0 && (
        <ul class="action-summary">
          {open.map((action) => (
            <li key={action.id} class={overdue.has(action.id) ? 'is-overdue' : undefined}>
              {overdue.has(action.id) && <strong class="overdue-badge">{strings.actions.overdue}</strong>}{' '}
              {action.title}
              {action.expectationCodes.length > 0 && (
                <span class="muted"> ({action.expectationCodes.join(', ')})</span>
              )}
              {action.dueDate && (
                <span class="muted"> — {strings.dashboard.due(formatDate(action.dueDate))}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={appPaths.actions(cycleId)}>{strings.dashboard.toActionPlan}</a>
      </p>
    </section>
  );
}
