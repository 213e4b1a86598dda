import type { GroupLevels } from '../../domain/dashboard';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import { RATING_COLOURS, RATING_ORDER } from '../charts/rating-colours';
import { BarChart } from '../charts/BarChart';
import * as strings from '../strings';

/** How the expectations of each rubriek and deelrubriek are rated: a stacked bar chart and the same as a table. */
export function LevelsOverview({
  framework,
  groups,
}: {
  framework: FrameworkSummary;
  groups: GroupLevels[];
}) {
  const used = RATING_ORDER.filter((rating) => groups.some((group) => group.counts[rating] > 0));
  const name = (group: GroupLevels): string =>
    group.kind === 'subrubric' ? `— ${group.title}` : group.title;
  const summary = groups
    .filter((group) => group.kind === 'rubric')
    .map(
      (group) =>
        `${group.title}: ${used
          .filter((rating) => group.counts[rating] > 0)
          .map((rating) => `${group.counts[rating]} ${ratingLabel(framework, rating)}`)
          .join(', ')}`,
    )
    .join('. ');

  return (
    <section aria-labelledby="levels-title" class="dashboard-section">
      <h2 id="levels-title">{strings.dashboard.levelsTitle}</h2>
      <BarChart
        layout="stacked"
        label={strings.dashboard.levelsChartLabel(summary)}
        categories={groups.map(name)}
        series={used.map((rating) => ({
          label: ratingLabel(framework, rating),
          colour: RATING_COLOURS[rating],
          values: groups.map((group) => group.counts[rating]),
        }))}
      >
        <div class="table-scroll">
          <table class="data-table">
            <caption>{strings.dashboard.levelsTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.dashboard.groupColumn}</th>
                {used.map((rating) => (
                  <th scope="col" key={rating}>
                    <span class="swatch" style={{ background: RATING_COLOURS[rating] }} aria-hidden="true" />
                    {ratingLabel(framework, rating)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.id} class={group.kind === 'subrubric' ? 'data-table__sub' : undefined}>
                  <th scope="row">{name(group)}</th>
                  {used.map((rating) => (
                    <td key={rating}>{group.counts[rating]}</td>
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
