import { useId } from 'preact/hooks';
import type { Rating } from '../../domain/assessment';
import { ratingLabel, type FrameworkSummary } from '../../domain/framework/framework-summary';
import { BarChart } from './BarChart';
import { RATING_COLOURS, RATING_ORDER } from './rating-colours';
import { TableScroll } from '../table-scroll';

/** One bar of the chart and one row of its table. */
export interface RatingCountsRow {
  key: string;
  label: string;
  counts: Record<Rating, number>;
  /** A class for the table row, e.g. to indent a deelrubriek. */
  rowClass?: string;
}

/**
 * How often each answer was given, per row: a stacked bar chart with the same counts as a table beside it.
 * Only the answers given somewhere get a colour and a column.
 */
export function RatingCountsChart({
  framework,
  label,
  caption,
  firstColumn,
  tableId,
  rows,
}: {
  framework: FrameworkSummary;
  /** The chart's accessible name. */
  label: string;
  caption: string;
  firstColumn: string;
  tableId?: string;
  rows: readonly RatingCountsRow[];
}) {
  const captionId = useId();
  const used = RATING_ORDER.filter((rating) => rows.some((row) => row.counts[rating] > 0));
  return (
    <BarChart
      layout="stacked"
      label={label}
      categories={rows.map((row) => row.label)}
      series={used.map((rating) => ({
        label: ratingLabel(framework, rating),
        colour: RATING_COLOURS[rating],
        values: rows.map((row) => row.counts[rating]),
      }))}
    >
      <TableScroll captionId={captionId}>
        <table class="data-table" id={tableId}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              {used.map((rating) => (
                <th scope="col" key={rating}>
                  <span class="swatch" style={{ background: RATING_COLOURS[rating] }} aria-hidden="true" />
                  {ratingLabel(framework, rating)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} class={row.rowClass}>
                <th scope="row">{row.label}</th>
                {used.map((rating) => (
                  <td key={rating}>{row.counts[rating]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </BarChart>
  );
}
