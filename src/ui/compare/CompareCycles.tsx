import { useState } from 'preact/hooks';
import type { Cycle } from '../../domain/cycle';
import { compareCycles, type ExpectationTrend } from '../../domain/comparison';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import { levelValue } from '../../domain/rating';
import { BarChart } from '../charts/BarChart';
import { useAllCycleRatings } from '../cycles/use-all-cycle-ratings';
import * as strings from '../strings';
import { Loading } from '../loading';

/** One colour per compared cycle, neighbours far apart; told apart by the legend and the table too. */
const CYCLE_COLOURS = ['#9fc5d1', '#1f4e5f', '#e0a526', '#b8432f', '#3f8f7a', '#6b3f8f'];
/** Cycles compared at first: the latest few, since more bars per expectation stop being readable. */
const DEFAULT_COUNT = 3;

function cycleName(cycle: Cycle): string {
  return `${cycle.schoolYear} — ${cycle.title}`;
}

function ChangeList({
  framework,
  title,
  trends,
  none,
}: {
  framework: FrameworkSummary;
  title: string;
  trends: ExpectationTrend[];
  none: string;
}) {
  return (
    <section class="side-panel" aria-labelledby={`change-${title}`}>
      <h2 id={`change-${title}`}>{title}</h2>
      {trends.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul>
          {trends.map((trend) => (
            <li key={trend.code}>
              <span class="code">{trend.code}</span>{' '}
              {trend.compared &&
                strings.compare.fromTo(
                  ratingLabel(framework, trend.compared.from),
                  ratingLabel(framework, trend.compared.to),
                )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Each expectation's level across the chosen cycles, as grouped bars and a table, and what rose or fell. */
export default function CompareCycles({ framework }: { framework: FrameworkSummary }) {
  const result = useAllCycleRatings();
  const [chosen, setChosen] = useState<ReadonlySet<string>>();

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const all = result.value;
  if (all.length < 2) return <p class="notice">{strings.compare.tooFew}</p>;

  // listCycles gives the newest first.
  const selected = chosen ?? new Set(all.slice(0, DEFAULT_COUNT).map(({ cycle }) => cycle.id));
  const { cycles, trends } = compareCycles(all.filter(({ cycle }) => selected.has(cycle.id)));
  const toggle = (id: string, on: boolean): void => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const levels = framework.scale.flatMap((entry) => (entry.kind === 'level' ? [entry] : []));

  return (
    <div class="compare">
      <fieldset class="field">
        <legend>{strings.compare.chooseLegend}</legend>
        {all.map(({ cycle }) => (
          <label class="checkbox" key={cycle.id}>
            <input
              type="checkbox"
              checked={selected.has(cycle.id)}
              onChange={(event) => toggle(cycle.id, event.currentTarget.checked)}
            />
            {cycleName(cycle)}
          </label>
        ))}
      </fieldset>
      {cycles.length >= 2 && (
        <>
          <BarChart
            label={strings.compare.chartLabel}
            layout="grouped"
            categories={trends.map((trend) => trend.code)}
            valueMax={4}
            tickLabel={(value) => levels.find((level) => level.value === value)?.label ?? ''}
            series={cycles.map((cycle, index) => ({
              label: cycleName(cycle),
              colour: CYCLE_COLOURS[index % CYCLE_COLOURS.length] ?? '#1f4e5f',
              values: trends.map((trend) => {
                const rating = trend.values[index];
                return (rating && levelValue(rating)) ?? 0;
              }),
            }))}
          >
            <div class="table-scroll">
              <table class="data-table">
                <caption>{strings.compare.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{strings.dashboard.codeColumn}</th>
                    {cycles.map((cycle) => (
                      <th scope="col" key={cycle.id}>
                        {cycleName(cycle)}
                      </th>
                    ))}
                    <th scope="col">{strings.compare.changeColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {trends.map((trend) => (
                    <tr key={trend.code}>
                      <th scope="row">{trend.code}</th>
                      {trend.values.map((rating, index) => (
                        <td key={index}>
                          {rating ? ratingLabel(framework, rating) : strings.compare.outOfScope}
                        </td>
                      ))}
                      <td>{strings.compare.changes[trend.change]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </BarChart>
          <div class="change-lists">
            <ChangeList
              framework={framework}
              title={strings.compare.roseTitle}
              trends={trends.filter((t) => t.change === 'rose')}
              none={strings.compare.noneRose}
            />
            <ChangeList
              framework={framework}
              title={strings.compare.fellTitle}
              trends={trends.filter((t) => t.change === 'fell')}
              none={strings.compare.noneFell}
            />
          </div>
        </>
      )}
    </div>
  );
}
