import { useState } from 'preact/hooks';
import type { Action } from '../../domain/action';
import { sortActions, type ActionSortKey, type SortDirection } from '../../domain/action-plan';
import { isOverdue } from '../../domain/dashboard';
import * as strings from '../strings';
import { DueDate } from './DueDate';
import { TableScroll } from '../table-scroll';
import { inSlices, Slice } from '../slices';

/** Rows rendered per task: a phone screenful of cards, the rest of a five-year plan in the tasks after. */
const ACTION_SLICE = 10;

/**
 * The actions as a table — title, expectations, owner, due date, status — that sorts by title, due date or
 * status from its column headers. Each title is a button that opens the action in the editor. On a narrow
 * screen each row is stacked as a card, its cells labelled from `data-label`, so nothing hides off-screen.
 */
export function ActionTable({
  actions,
  today,
  schoolYear,
  onOpen,
}: {
  actions: readonly Action[];
  /** Today as `YYYY-MM-DD`, to tell which actions are overdue. */
  today: string;
  /** The cycle's school year, to name where carried-over actions came from or went. */
  schoolYear: string;
  onOpen: (id: string) => void;
}) {
  const [sort, setSort] = useState<{ key: ActionSortKey; direction: SortDirection }>({
    key: 'dueDate',
    direction: 'ascending',
  });
  const t = strings.actionTable;

  const sortableHeader = (key: ActionSortKey) => {
    const label = t[key];
    const active = sort.key === key;
    const toggle = (): void =>
      setSort({
        key,
        direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
      });
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined}>
        <button type="button" class="sort-button" onClick={toggle} title={t.sortBy(label)}>
          {label}
          <span class="sort-button__arrow" aria-hidden="true">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <TableScroll captionId="action-table-caption">
      <table class="data-table action-table">
        <caption id="action-table-caption" class="visually-hidden">
          {t.caption}
        </caption>
        <thead>
          <tr>
            {sortableHeader('title')}
            <th scope="col" class="action-table__unsorted">
              {t.expectations}
            </th>
            <th scope="col" class="action-table__unsorted">
              {t.owner}
            </th>
            {sortableHeader('dueDate')}
            {sortableHeader('status')}
          </tr>
        </thead>
        <tbody>
          {inSlices(sortActions(actions, sort.key, sort.direction), ACTION_SLICE).map((slice, index) => (
            <Slice key={index} now={index === 0}>
              {slice.map((action) => (
                <tr
                  key={action.id}
                  class={isOverdue(action, today) ? 'action-row action-row--overdue' : 'action-row'}
                >
                  <th scope="row">
                    <button type="button" class="link-button" onClick={() => onOpen(action.id)}>
                      {action.title}
                    </button>
                  </th>
                  <td data-label={t.expectations}>{action.expectationCodes.join(', ')}</td>
                  <td data-label={t.owner}>{action.owner}</td>
                  <td data-label={t.dueDate}>
                    <DueDate action={action} today={today} schoolYear={schoolYear} />
                  </td>
                  <td data-label={t.status}>{strings.actions.statuses[action.status]}</td>
                </tr>
              ))}
            </Slice>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
