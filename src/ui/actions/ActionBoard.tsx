import type { Action, ActionStatus } from '../../domain/action';
import { actionsByStatus } from '../../domain/action-plan';
import { isOverdue } from '../../domain/dashboard';
import { saveUserRecord } from '../data/save';
import { explainError } from '../explain-error';
import { useFocusRequest } from '../hooks/use-focus-request';
import * as strings from '../strings';
import { DueDate } from './DueDate';
import { StatusMove } from './StatusMove';

/** Ids on a card name its column too, so focus can wait for the card to arrive in the column it moved to. */
function cardId(actionId: string, status: ActionStatus): string {
  return `action-card-${status}-${actionId}`;
}

/**
 * The actions on a board, one column per status. A card moves to another column with the control on the
 * card — never by dragging alone — and focus follows it there, so a keyboard user keeps their place.
 */
export function ActionBoard({
  actions,
  today,
  schoolYear,
  readOnly,
  onOpen,
  announce,
}: {
  actions: readonly Action[];
  /** Today as `YYYY-MM-DD`, to tell which actions are overdue. */
  today: string;
  /** The cycle's school year, to name where carried-over actions came from or went. */
  schoolYear: string;
  /** True while the cycle is closed: cards cannot move. */
  readOnly: boolean;
  onOpen: (id: string) => void;
  /** Tells the user, politely, what a move did. */
  announce: (message: string) => void;
}) {
  const focusOn = useFocusRequest();
  const t = strings.actionBoard;

  const move = async (action: Action, status: ActionStatus): Promise<void> => {
    try {
      await saveUserRecord('actions', { ...action, status });
      // The card in its new column is a new element, there once the stored change comes back.
      focusOn(`${cardId(action.id, status)}-open`);
      announce(strings.actions.moved(action.title, strings.actions.statuses[status]));
    } catch (error) {
      announce(explainError(error).join(' '));
    }
  };

  return (
    <div class="action-board">
      {actionsByStatus(actions).map((column) => {
        const headingId = `action-column-${column.status}`;
        return (
          <section key={column.status} class="action-board__column" aria-labelledby={headingId}>
            <h3 id={headingId} class="action-board__heading">
              {strings.actions.statuses[column.status]}{' '}
              <span class="action-board__count">{t.count(column.actions.length)}</span>
            </h3>
            {column.actions.length === 0 ? (
              <p class="action-board__empty">{t.empty}</p>
            ) : (
              <ul class="action-board__cards">
                {column.actions.map((action) => {
                  const titleId = cardId(action.id, action.status);
                  return (
                    <li
                      key={action.id}
                      class={isOverdue(action, today) ? 'action-card action-card--overdue' : 'action-card'}
                    >
                      <h4 class="action-card__title" id={titleId}>
                        <button
                          type="button"
                          class="link-button"
                          id={`${titleId}-open`}
                          onClick={() => onOpen(action.id)}
                        >
                          {action.title}
                        </button>
                      </h4>
                      <dl class="action-card__facts">
                        {action.owner && (
                          <div>
                            <dt>{t.owner}</dt>
                            <dd>{action.owner}</dd>
                          </div>
                        )}
                        <div>
                          <dt>{t.dueDate}</dt>
                          <dd>
                            <DueDate action={action} today={today} schoolYear={schoolYear} />
                          </dd>
                        </div>
                        {action.expectationCodes.length > 0 && (
                          <div>
                            <dt>{t.expectations}</dt>
                            <dd>{action.expectationCodes.join(', ')}</dd>
                          </div>
                        )}
                      </dl>
                      {!readOnly && (
                        <StatusMove
                          action={action}
                          describedBy={titleId}
                          onMove={(status) => void move(action, status)}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
