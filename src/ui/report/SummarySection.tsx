import type { ReportSection } from '../../domain/report/report-model';
import { RadarChart } from '../charts/RadarChart';
import { RATING_COLOURS } from '../charts/rating-colours';
import { exportLabels } from '../../exports/labels';
import * as strings from '../strings';
import type { Rating } from '../../domain/assessment';

type Summary = Extract<ReportSection, { id: 'summary' }>;

/** The webdiagram and, beside it, every reported expectation with its level in words. */
export function SummarySection({ section }: { section: Summary }) {
  const summary = section.table.map((row) => `${row.code}: ${row.rating.label}`).join(', ');
  return (
    <>
      <RadarChart
        label={strings.report.radarLabel(summary)}
        axes={section.radar}
        seriesLabel={section.title}
      />
      <table class="report-table report-table--summary">
        <thead>
          <tr>
            <th scope="col">{strings.report.codeColumn}</th>
            <th scope="col">{exportLabels.statementColumn}</th>
            <th scope="col">{exportLabels.levelColumn}</th>
          </tr>
        </thead>
        <tbody>
          {section.table.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.code}</th>
              <td>{row.statement}</td>
              <td>
                <span
                  class="swatch"
                  style={{ background: RATING_COLOURS[row.rating.id as Rating] ?? '#fff' }}
                  aria-hidden="true"
                />
                {row.rating.label}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
