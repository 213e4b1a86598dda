import type { GroupLevels } from '../../domain/dashboard';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import { RatingCountsChart } from '../charts/RatingCountsChart';
import { RATING_ORDER } from '../charts/rating-colours';
import * as strings from '../strings';

/** How the expectations of each rubriek and deelrubriek are rated: a stacked bar chart and the same as a table. */
export function LevelsOverview({
  framework,
  groups,
}: {
  framework: FrameworkSummary;
  groups: GroupLevels[];
}) {
  const name = (group: GroupLevels): string =>
    group.kind === 'subrubric' ? `— ${group.title}` : group.title;
  const summary = groups
    .filter((group) => group.kind === 'rubric')
    .map(
      (group) =>
        `${group.title}: ${RATING_ORDER.filter((rating) => group.counts[rating] > 0)
          .map((rating) => `${group.counts[rating]} ${ratingLabel(framework, rating)}`)
          .join(', ')}`,
    )
    .join('. ');

  return (
    <section aria-labelledby="levels-title" class="dashboard-section">
      <h2 id="levels-title">{strings.dashboard.levelsTitle}</h2>
      <RatingCountsChart
        framework={framework}
        label={strings.dashboard.levelsChartLabel(summary)}
        caption={strings.dashboard.levelsTableCaption}
        firstColumn={strings.dashboard.groupColumn}
        rows={groups.map((group) => ({
          key: group.id,
          label: name(group),
          counts: group.counts,
          ...(group.kind === 'subrubric' ? { rowClass: 'data-table__sub' } : {}),
        }))}
      />
    </section>
  );
}
