import type { SectionOf } from '../../domain/report/section-types';
import { CALENDAR_COLUMNS, calendarPosition, calendarRows } from '../../exports/calendar-text';
import { exportLabels } from '../../exports/labels';

/** Section 2: the kwaliteitskalender, its years and their focus, and which year this cycle is. */
export function CalendarPart({ part }: { part: SectionOf<'qualityDevelopment'>['qualityCalendar'] }) {
  if (!part) return null;
  return (
    <>
      <h3>{exportLabels.qualityCalendar.heading}</h3>
      <p>{calendarPosition(part)}</p>
      <table class="report-table">
        <thead>
          <tr>
            {CALENDAR_COLUMNS.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendarRows(part).map(([year, focus, note]) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              <td>{focus}</td>
              <td class="prewrap">{note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
