import type { ConsensusItem } from '../../domain/consensus/consensus-overview';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { expectationsOf, ratingLabel } from '../../domain/framework/framework-summary';
import { BarChart } from '../charts/BarChart';
import { RATING_COLOURS, RATING_ORDER } from '../charts/rating-colours';
import * as strings from '../strings';

const text = strings.consensus;

/**
 * How the participants rated each expectation in scope, in reading order: one bar per expectation, stacked
 * by answer, and the same counts as a table.
 */
export function DistributionChart({
  framework,
  items,
}: {
  framework: FrameworkSummary;
  items: readonly ConsensusItem[];
}) {
  const reading = expectationsOf(framework).map((e) => e.code);
  const aggregates = items
    .map((item) => item.aggregate)
    .sort((a, b) => reading.indexOf(a.code) - reading.indexOf(b.code));
  const used = RATING_ORDER.filter((rating) => aggregates.some((a) => a.counts[rating] > 0));
  return (
    <section aria-labelledby="distribution-title">
      <h3 id="distribution-title">{text.distributionTitle}</h3>
      <BarChart
        layout="stacked"
        label={text.distributionChartLabel}
        categories={aggregates.map((a) => a.code)}
        series={used.map((rating) => ({
          label: ratingLabel(framework, rating),
          colour: RATING_COLOURS[rating],
          values: aggregates.map((a) => a.counts[rating]),
        }))}
      >
        <div class="table-scroll">
          <table class="data-table" id="distribution-table">
            <caption>{text.distributionCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.codeColumn}</th>
                {used.map((rating) => (
                  <th scope="col" key={rating}>
                    <span class="swatch" style={{ background: RATING_COLOURS[rating] }} aria-hidden="true" />
                    {ratingLabel(framework, rating)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {aggregates.map((aggregate) => (
                <tr key={aggregate.code}>
                  <th scope="row">{aggregate.code}</th>
                  {used.map((rating) => (
                    <td key={rating}>{aggregate.counts[rating]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </BarChart>
    </section>
  );
}
