import { useId } from 'preact/hooks';
import type { ConsensusItem } from '../../domain/consensus/consensus-overview';
import { BarChart } from '../charts/BarChart';
import { RATING_COLOURS } from '../charts/rating-colours';
import * as strings from '../strings';
import { TableScroll } from '../table-scroll';

const text = strings.consensus;

/** The two measures of disagreement, dark for the middle half and light for the extremes. */
const SERIES_COLOURS = { iqr: RATING_COLOURS.exceeds, range: RATING_COLOURS.approaching };

/**
 * How far the team's levels lie apart per expectation, in agenda order: the width of the middle half and of
 * the whole range, as grouped bars and as a table with the same numbers.
 */
export function DisagreementChart({ items }: { items: readonly ConsensusItem[] }) {
  const captionId = useId();
  const level = text.levelValue;
  return (
    <section aria-labelledby="disagreement-title">
      <h3 id="disagreement-title">{text.disagreementTitle}</h3>
      <p>{text.disagreementIntro}</p>
      <BarChart
        layout="grouped"
        label={text.disagreementChartLabel}
        categories={items.map((item) => item.aggregate.code)}
        valueMax={3}
        series={[
          {
            label: text.iqrSeries,
            colour: SERIES_COLOURS.iqr,
            values: items.map((item) => item.disagreement.iqrWidth),
          },
          {
            label: text.rangeSeries,
            colour: SERIES_COLOURS.range,
            values: items.map((item) => item.disagreement.rangeWidth),
          },
        ]}
      >
        <TableScroll captionId={captionId}>
          <table class="data-table" id="disagreement-table">
            <caption id={captionId}>{text.disagreementCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.positionColumn}</th>
                <th scope="col">{text.codeColumn}</th>
                <th scope="col">
                  <span class="swatch" style={{ background: SERIES_COLOURS.iqr }} aria-hidden="true" />
                  {text.iqrSeries}
                </th>
                <th scope="col">
                  <span class="swatch" style={{ background: SERIES_COLOURS.range }} aria-hidden="true" />
                  {text.rangeSeries}
                </th>
                <th scope="col">{text.respondentsColumn}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.aggregate.code}>
                  <td>{item.position}</td>
                  <th scope="row">{item.aggregate.code}</th>
                  <td>{level(item.disagreement.iqrWidth)}</td>
                  <td>{level(item.disagreement.rangeWidth)}</td>
                  <td>{item.aggregate.respondents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </BarChart>
    </section>
  );
}
