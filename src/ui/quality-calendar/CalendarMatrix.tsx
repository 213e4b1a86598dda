import { expectationsOf, type FrameworkSummary } from '../../domain/framework/framework-summary';
import { coverageOf, unplannedCodes, withFocus, type QualityCalendar } from '../../domain/quality-calendar';
import * as strings from '../strings';
import { TableScroll } from '../table-scroll';

const text = strings.qualityCalendar;
const CAPTION_ID = 'calendar-matrix-caption';

/**
 * The plan as a table: a row per expectation, grouped by rubriek and quoted from the referentiekader, a
 * column per school year with a checkbox for "in focus"; under each expectation, in how many years it is planned. Above
 * it, how many of the 17 are planned and which are not yet.
 */
export function CalendarMatrix({
  framework,
  calendar,
  onChange,
}: {
  framework: Pick<FrameworkSummary, 'outline'>;
  calendar: QualityCalendar;
  onChange: (calendar: QualityCalendar) => void;
}) {
  const coverage = new Map(coverageOf(calendar).map((row) => [row.code, row.schoolYears.length]));
  const unplanned = unplannedCodes(calendar);
  return (
    <div class="calendar-matrix">
      <p class="calendar-matrix__coverage" role="status">
        {text.coverage(coverage.size - unplanned.length, unplanned)}
      </p>
      <p class="field__hint">{text.matrixHint}</p>
      <TableScroll captionId={CAPTION_ID}>
        <table class="data-table calendar-matrix__table">
          <caption id={CAPTION_ID}>{text.matrixCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.expectationHeader}</th>
              {calendar.years.map((year) => (
                <th scope="col" key={year.schoolYear} class="calendar-matrix__year">
                  {year.schoolYear}
                </th>
              ))}
            </tr>
          </thead>
          {framework.outline.map((rubric) => (
            <tbody key={rubric.rubric.id}>
              <tr class="calendar-matrix__rubric">
                <th scope="colgroup" colSpan={calendar.years.length + 1}>
                  {rubric.rubric.title}
                </th>
              </tr>
              {expectationsOf({ outline: [rubric] }).map((expectation) => (
                <tr key={expectation.code}>
                  <th scope="row" class="calendar-matrix__expectation">
                    <strong>{expectation.code}</strong>
                    <span class="expectation-table__statement">{expectation.statement}</span>
                    <span class="calendar-matrix__count">
                      {text.yearsPlanned(coverage.get(expectation.code) ?? 0)}
                    </span>
                  </th>
                  {calendar.years.map((year) => (
                    <td key={year.schoolYear} class="calendar-matrix__cell">
                      <input
                        type="checkbox"
                        aria-label={text.inFocus(expectation.code, year.schoolYear)}
                        checked={year.focus.includes(expectation.code)}
                        onChange={(event) =>
                          onChange(
                            withFocus(
                              calendar,
                              year.schoolYear,
                              expectation.code,
                              event.currentTarget.checked,
                            ),
                          )
                        }
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </div>
  );
}
