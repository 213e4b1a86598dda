import type { AnswerScale } from '../../../domain/survey/answer-scale';
import type { PaperTally } from '../../../domain/survey/paper-entry';
import * as strings from '../../strings';

/**
 * How the typed forms fall per statement, updated at every keystroke: a column per digit as the form prints it
 * (1 … n, then 0 for "weet ik niet") and one for statements left open. Headed by the digits, which is what the
 * coordinator types, with the words for a screen reader.
 */
export function PaperTotals({ totals, scale }: { totals: readonly PaperTally[]; scale: AnswerScale }) {
  const text = strings.paper;
  const columns = [
    ...scale.options.map((option, index) => ({ digit: String(index + 1), label: option.label })),
    { digit: '0', label: scale.dontKnow.label },
  ];
  return (
    <section class="paper-totals" aria-labelledby="paper-totals-title">
      <h2 id="paper-totals-title">{text.totalsTitle}</h2>
      <p class="field__hint">{text.totalsHint}</p>
      <table class="data-table paper-totals__table">
        <thead>
          <tr>
            <td />
            {columns.map((column) => (
              <th scope="col" key={column.digit}>
                {column.digit}
                <span class="visually-hidden"> {column.label}</span>
              </th>
            ))}
            <th scope="col">{text.leftOpen}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((tally, index) => (
            <tr key={index}>
              <th scope="row">{text.statement(index + 1)}</th>
              {columns.map((column) => (
                <td key={column.digit}>{tally.digits[Number(column.digit)] ?? 0}</td>
              ))}
              <td>{tally.leftOpen}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
