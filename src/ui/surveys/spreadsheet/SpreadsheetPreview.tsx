import {
  usedTwice,
  type ColumnPlan,
  type SpreadsheetQuestions,
} from '../../../domain/survey/spreadsheet/column-mapping';
import type { SpreadsheetOutcome } from '../../../domain/survey/spreadsheet/spreadsheet-responses';
import { DONT_KNOW } from '../../../domain/survey/answer-scale';
import { TableScroll } from '../../table-scroll';
import * as strings from '../../strings';

/**
 * What confirming adds, per statement: the count of each point of the scale, "weet ik niet" and left open;
 * then the confirmation, offered only when every column and answer word is settled.
 */
export function SpreadsheetPreview({
  columns,
  outcome,
  questions,
  onConfirm,
  onCancel,
}: {
  columns: readonly ColumnPlan[];
  outcome: SpreadsheetOutcome;
  questions: SpreadsheetQuestions;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const text = strings.spreadsheets;
  const twice = usedTwice(columns);
  const nameOf = (use: (typeof twice)[number]): string =>
    use.kind === 'statement'
      ? (questions.statements.find((statement) => statement.id === use.id)?.statement ?? use.id)
      : (questions.openQuestions.find((question) => question.id === use.id)?.question ?? use.id);
  const blocked = twice.length > 0 || outcome.unknown.length > 0 || outcome.responses.length === 0;
  const numberOf = (id: string): number =>
    questions.statements.findIndex((statement) => statement.id === id) + 1;
  const counts = [...outcome.counts].sort((a, b) => numberOf(a.id) - numberOf(b.id));
  return (
    <section aria-labelledby="spreadsheet-preview-title">
      <h3 id="spreadsheet-preview-title">{text.previewTitle}</h3>
      <p>{text.previewSummary(outcome.responses.length, outcome.emptyRows)}</p>
      {counts.length > 0 && (
        <TableScroll captionId="spreadsheet-preview-title">
          <table class="spreadsheet-preview">
            <thead>
              <tr>
                <th scope="col">{text.previewStatement}</th>
                {questions.scale.options.map((option) => (
                  <th scope="col" key={option.id}>
                    {option.label}
                  </th>
                ))}
                <th scope="col">{text.previewDontKnow}</th>
                <th scope="col">{text.previewLeftOpen}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{`${numberOf(row.id)}. ${nameOf({ kind: 'statement', id: row.id })}`}</th>
                  {questions.scale.options.map((option) => (
                    <td key={option.id}>{row.counts[option.id] ?? 0}</td>
                  ))}
                  <td>{row.counts[DONT_KNOW] ?? 0}</td>
                  <td>{row.leftOpen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {twice.map((use) => (
        <p role="alert" key={`${use.kind}:${use.id}`}>
          {text.usedTwice(nameOf(use))}
        </p>
      ))}
      {outcome.responses.length === 0 && <p role="alert">{text.nothingUsed}</p>}
      <p class="button-row">
        <button type="button" class="button-primary" disabled={blocked} onClick={onConfirm}>
          {text.confirm(outcome.responses.length)}
        </button>
        <button type="button" onClick={onCancel}>
          {text.cancel}
        </button>
      </p>
    </section>
  );
}
