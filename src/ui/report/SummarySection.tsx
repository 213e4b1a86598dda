import type { ReportSection } from '../../domain/report/report-model';
import { RadarChart } from '../charts/RadarChart';
import type { RadarSeriesNames } from '../charts/radar-drawing';
import { RATING_COLOURS } from '../charts/rating-colours';
import { changeText, radarDescription } from '../../exports/evolution-text';
import { exportLabels } from '../../exports/labels';
import * as strings from '../strings';
import type { Rating } from '../../domain/assessment';

type Summary = Extract<ReportSection, { id: 'summary' }>;

/** The webdiagram's series: named by school year when it draws two, else by the section's title. */
export function radarSeriesNames(section: Summary): RadarSeriesNames {
  const years = section.comparedYears;
  return years ? { current: years.current, previous: years.previous } : { current: section.title };
}

function RatingCell({ rating }: { rating: Summary['table'][number]['rating'] }) {
  return (
    <td>
      <span
        class="swatch"
        style={{ background: RATING_COLOURS[rating.id as Rating] ?? '#fff' }}
        aria-hidden="true"
      />
      {rating.label}
    </td>
  );
}

/**
 * The webdiagram and, beside it, every reported expectation with its level in words; with a previous cycle,
 * its level there and the change as well.
 */
export function SummarySection({ section }: { section: Summary }) {
  const years = section.comparedYears;
  // The previous judgement stands in the table also when only the change can be told (another framework version).
  const previousYear = section.table.find((row) => row.evolution)?.evolution?.schoolYear;
  return (
    <>
      <RadarChart label={radarDescription(section)} axes={section.radar} names={radarSeriesNames(section)} />
      <table
        class={`report-table report-table--summary${previousYear === undefined ? '' : ' report-table--evolution'}`}
      >
        <thead>
          <tr>
            {/* Beside two years the narrow "Code" of the Word file, so the levels keep the width. */}
            <th scope="col">
              {previousYear === undefined ? strings.report.codeColumn : exportLabels.codeColumn}
            </th>
            <th scope="col" class="report-table__statement">
              {exportLabels.statementColumn}
            </th>
            <th scope="col">
              {years === undefined ? exportLabels.levelColumn : exportLabels.evolution.levelIn(years.current)}
            </th>
            {previousYear !== undefined && (
              <>
                <th scope="col">{exportLabels.evolution.levelIn(previousYear)}</th>
                <th scope="col">{exportLabels.evolution.changeColumn}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {section.table.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.code}</th>
              <td class="report-table__statement">{row.statement}</td>
              <RatingCell rating={row.rating} />
              {row.evolution && (
                <>
                  <RatingCell rating={row.evolution.previous} />
                  <td class="report-table__change">{changeText(row.evolution.change)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
