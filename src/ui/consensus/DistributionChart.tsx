import type { ConsensusItem } from '../../domain/consensus/consensus-overview';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { expectationsOf } from '../../domain/framework/framework-summary';
import { RatingCountsChart } from '../charts/RatingCountsChart';
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
  return (
    <section aria-labelledby="distribution-title">
      <h3 id="distribution-title">{text.distributionTitle}</h3>
      <RatingCountsChart
        framework={framework}
        label={text.distributionChartLabel}
        caption={text.distributionCaption}
        firstColumn={text.codeColumn}
        tableId="distribution-table"
        rows={aggregates.map((aggregate) => ({
          key: aggregate.code,
          label: aggregate.code,
          counts: aggregate.counts,
        }))}
      />
    </section>
  );
}
