import type { ReportAction } from '../../domain/report/report-model';
import { formatDate } from '../format';
import { exportLabels } from '../../exports/labels';
import { inSlices, Slice } from '../slices';
import * as strings from '../strings';

/** Actions rendered per task: five years of plans hold a hundred and more, each a row and its details. */
const ACTION_SLICE = 20;

/** The ontwikkelplan: the actions as a table, with goal, indicator, progress and evaluation below. */
export function DevelopmentPlanSection({ actions }: { actions: readonly ReportAction[] }) {
  if (actions.length === 0) return <p>{exportLabels.noActions}</p>;
  return (
    <>
      <table class="report-table">
        <thead>
          <tr>
            <th scope="col">{exportLabels.actionColumns.title}</th>
            <th scope="col">{exportLabels.actionColumns.codes}</th>
            <th scope="col">{exportLabels.actionColumns.owner}</th>
            <th scope="col">{exportLabels.actionColumns.due}</th>
            <th scope="col">{exportLabels.actionColumns.status}</th>
          </tr>
        </thead>
        <tbody>
          {inSlices(actions, ACTION_SLICE).map((slice, number) => (
            <Slice key={number} now={number === 0}>
              {slice.map((action, index) => (
                <tr key={index}>
                  <th scope="row">{action.title}</th>
                  <td>{action.expectationCodes.join(', ')}</td>
                  <td>{action.owner}</td>
                  <td>{action.dueDate && formatDate(action.dueDate)}</td>
                  <td>
                    {action.status}
                    {action.overdue && <strong> ({strings.actions.overdue})</strong>}
                  </td>
                </tr>
              ))}
            </Slice>
          ))}
        </tbody>
      </table>
      {inSlices(actions, ACTION_SLICE).map((slice, number) => (
        <Slice key={number} now={false}>
          {slice.map((action, index) => {
            const details: { label: string; value: string }[] = [
              { label: exportLabels.goal, value: action.goal },
              { label: exportLabels.successIndicator, value: action.successIndicator },
              { label: exportLabels.evaluation, value: action.evaluation },
            ].filter((detail) => detail.value.trim());
            if (details.length === 0 && action.progress.length === 0) return null;
            // As in the Word file: the start date goes with the details, first.
            if (action.startDate)
              details.unshift({ label: exportLabels.start, value: formatDate(action.startDate) });
            return (
              <div key={index} class="report-action">
                <h3>{action.title}</h3>
                {details.map((detail) => (
                  <p key={detail.label} class="prewrap">
                    <strong>{detail.label}:</strong> {detail.value}
                  </p>
                ))}
                {action.progress.length > 0 && (
                  <>
                    <p>
                      <strong>{exportLabels.progress}:</strong>
                    </p>
                    <ul>
                      {action.progress.map((entry, i) => (
                        <li key={i} class="prewrap">
                          {formatDate(entry.date)}: {entry.note}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            );
          })}
        </Slice>
      ))}
    </>
  );
}
