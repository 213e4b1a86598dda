import type { AnswerScale } from '../../domain/survey/answer-scale';
import type { ShownItemResult } from '../../domain/survey/item-result';
import * as strings from '../strings';

const text = strings.voicesPanel;

/**
 * Which colour is which answer, once per bevraging above its bars. Hidden from assistive technology: each
 * result's table names the answers with their numbers.
 */
export function VoicesLegend({ scale }: { scale: AnswerScale }) {
  return (
    <ul class="voices-legend" aria-hidden="true">
      {scale.options.map((option, index) => (
        <li key={option.id}>
          <span class={`voices-swatch voices-bar__part--${pointClass(scale, index)}`} />
          {option.label}
        </li>
      ))}
    </ul>
  );
}

/** The stacked bar of a result's answers on the scale; nothing when nobody answered on it. */
export function VoicesBar({ result, scale }: { result: ShownItemResult; scale: AnswerScale }) {
  if (result.onScale === 0) return null;
  return (
    <div class="voices-bar" aria-hidden="true">
      {result.distribution.map(({ optionId, count }, index) =>
        count === 0 ? null : (
          <span
            key={optionId}
            class={`voices-bar__part voices-bar__part--${pointClass(scale, index)}`}
            style={{ flexGrow: count }}
          >
            {count}
          </span>
        ),
      )}
    </div>
  );
}

/**
 * One statement's shown result: a stacked bar over the scale (lowest point left), the share that agrees, and
 * "weet ik niet" counted apart; the numbers in a real table for screen readers and print. The bar is plain
 * CSS, hidden from assistive technology because the table says the same: no chart library on the rating page.
 */
export function VoicesResult({
  result,
  scale,
  statement,
}: {
  result: ShownItemResult;
  scale: AnswerScale;
  statement: string;
}) {
  const labelOf = (optionId: string) => scale.options.find((option) => option.id === optionId)?.label ?? '';
  return (
    <div class="voices-result">
      <VoicesBar result={result} scale={scale} />
      <p class="voices-result__figures">
        {result.agreeShare === undefined ? (
          text.noneOnScale
        ) : (
          <strong>{text.agreeShare(result.agreeShare)}</strong>
        )}
        {result.dontKnow > 0 && <span class="muted"> · {text.dontKnow(result.dontKnow)}</span>}
      </p>
      <details class="voices-table">
        <summary>{text.tableToggle}</summary>
        <table>
          <caption>{text.tableCaption(statement)}</caption>
          <thead>
            <tr>
              <th scope="col">{text.answerColumn}</th>
              <th scope="col">{text.countColumn}</th>
            </tr>
          </thead>
          <tbody>
            {result.distribution.map(({ optionId, count }, index) => (
              <tr key={optionId}>
                <th scope="row">
                  <span
                    class={`voices-swatch voices-bar__part--${pointClass(scale, index)}`}
                    aria-hidden="true"
                  />
                  {labelOf(optionId)}
                </th>
                <td>{count}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{scale.dontKnow.label}</th>
              <td>{result.dontKnow}</td>
            </tr>
          </tbody>
        </table>
      </details>
    </div>
  );
}

/**
 * The colour class of a point of the scale: the points that count as agreeing green, the others red, darkest at
 * either end, so the green part of the bar is the share that agrees on a four-point and a three-point scale.
 */
function pointClass(scale: AnswerScale, index: number): string {
  const agrees = scale.options[index]?.agrees ?? false;
  if (index === 0) return 'low';
  if (index === scale.options.length - 1) return 'high';
  return agrees ? 'rather-high' : 'rather-low';
}
