import { useId, useState } from 'preact/hooks';
import type { Cycle } from '../../domain/cycle';
import {
  compareCycles,
  comparisonDifferences,
  defaultComparison,
  type ComparedValue,
  type ComparisonDifferences,
  type ExpectationTrend,
} from '../../domain/comparison';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import { levelValue } from '../../domain/rating';
import { BarChart } from '../charts/BarChart';
import * as strings from '../strings';
import { Loading } from '../loading';
import { useComparedCycles } from './use-compared-cycles';
import { TableScroll } from '../table-scroll';
import { cycleName, cycleSummary } from '../cycles/cycle-label';

/** One colour per compared cycle, neighbours far apart; told apart by the legend and the table too. */
const CYCLE_COLOURS = ['#9fc5d1', '#1f4e5f', '#e0a526', '#b8432f', '#3f8f7a', '#6b3f8f'];
/** Cycles compared at first: the latest few, since more bars per expectation stop being readable. */
const DEFAULT_COUNT = 3;

/**
 * The cycle as the chart and table name it: its name and summary as everywhere else in the app (a member's
 * cycle is the contribution to the team's cycle, not an "individuele reflectie").
 */
function comparedName(cycle: Cycle): string {
  return `${cycleName(cycle)} (${cycleSummary(cycle)})`;
}

function valueLabel(framework: FrameworkSummary, value: ComparedValue | undefined): string {
  if (value === undefined) return strings.compare.outOfScope;
  return value === 'noTeamJudgement' ? strings.compare.noTeamJudgement : ratingLabel(framework, value);
}

/** The lists beside the chart: what rose, what fell, and what became "meer informatie nodig". */
const CHANGE_LISTS: { change: ExpectationTrend['change']; title: string; none: string }[] = [
  { change: 'rose', title: strings.compare.roseTitle, none: strings.compare.noneRose },
  { change: 'fell', title: strings.compare.fellTitle, none: strings.compare.noneFell },
  {
    change: 'needsInformation',
    title: strings.compare.needsInformationTitle,
    none: strings.compare.noneNeedsInformation,
  },
];

function ChangeList({
  framework,
  change,
  title,
  trends,
  none,
}: {
  framework: FrameworkSummary;
  /** The change the list gathers. */
  change: ExpectationTrend['change'];
  title: string;
  trends: ExpectationTrend[];
  none: string;
}) {
  const listed = trends.filter((trend) => trend.change === change);
  return (
    <section class="side-panel" aria-labelledby={`change-${change}`}>
      <h2 id={`change-${change}`}>{title}</h2>
      {listed.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul>
          {listed.map((trend) => (
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

/** What the reader must know before reading a change: unlike cycles side by side, cycles still running. */
function Differences({ differences }: { differences: ComparisonDifferences }) {
  const notes = [
    differences.modes && strings.compare.modesDiffer,
    differences.people && strings.compare.peopleDiffer,
    differences.scopes && strings.compare.scopesDiffer,
    differences.inProgress.length > 0 &&
      strings.compare.stillInProgress(differences.inProgress.map(comparedName).join('; ')),
  ].filter((note): note is string => typeof note === 'string');
  if (notes.length === 0) return null;
  return (
    <ul class="notice compare__differences">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** Each expectation's level across the chosen cycles, as grouped bars and a table, and what rose or fell. */
export default function CompareCycles({ framework }: { framework: FrameworkSummary }) {
  const result = useComparedCycles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>();
  const captionId = useId();

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const all = result.value;
  if (all.length < 2) return <p class="notice">{strings.compare.tooFew}</p>;

  const selected = chosen ?? new Set(defaultComparison(all, DEFAULT_COUNT).map(({ cycle }) => cycle.id));
  const compared = all.filter(({ cycle }) => selected.has(cycle.id));
  const { cycles, trends } = compareCycles(compared);
  const differences = comparisonDifferences(compared);
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
            {comparedName(cycle)}
          </label>
        ))}
      </fieldset>
      {cycles.length >= 2 && (
        <>
          <Differences differences={differences} />
          <BarChart
            label={strings.compare.chartLabel}
            layout="grouped"
            categories={trends.map((trend) => trend.code)}
            valueMax={4}
            tickLabel={(value) => levels.find((level) => level.value === value)?.label ?? ''}
            series={cycles.map((cycle, index) => ({
              label: comparedName(cycle),
              colour: CYCLE_COLOURS[index % CYCLE_COLOURS.length] ?? '#1f4e5f',
              values: trends.map((trend) => {
                const value = trend.values[index];
                return (value && value !== 'noTeamJudgement' && levelValue(value)) || 0;
              }),
            }))}
          >
            <TableScroll captionId={captionId}>
              <table class="data-table">
                <caption id={captionId}>{strings.compare.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{strings.dashboard.codeColumn}</th>
                    {cycles.map((cycle) => (
                      <th scope="col" key={cycle.id}>
                        {comparedName(cycle)}
                      </th>
                    ))}
                    <th scope="col">{strings.compare.changeColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {trends.map((trend) => (
                    <tr key={trend.code}>
                      <th scope="row">{trend.code}</th>
                      {trend.values.map((value, index) => (
                        <td key={index}>{valueLabel(framework, value)}</td>
                      ))}
                      <td>{strings.compare.changes[trend.change]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </BarChart>
          <div class="change-lists">
            {CHANGE_LISTS.map(({ change, title, none }) => (
              <ChangeList
                key={change}
                framework={framework}
                title={title}
                change={change}
                trends={trends}
                none={none}
              />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
