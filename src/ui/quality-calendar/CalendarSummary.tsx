import { schoolYearOf } from '../../domain/cycle';
import { plannedFocus, positionIn } from '../../domain/quality-calendar';
import { getDatabase } from '../../storage/database';
import { loadQualityCalendar } from '../../storage/quality-calendar-store';
import { appPaths } from '../cycles/cycle-link';
import { useLiveQuery } from '../hooks/use-live-query';
import * as strings from '../strings';

const text = strings.qualityCalendar.home;

/** Where the centre stands in its kwaliteitskalender this school year, or an invitation to make one. */
export default function CalendarSummary() {
  const stored = useLiveQuery(() => loadQualityCalendar(getDatabase()), []);
  if (stored.status !== 'ready') return null;
  const calendar = stored.value;
  const schoolYear = schoolYearOf(new Date());
  const position = calendar && positionIn(calendar, schoolYear);
  const focus = plannedFocus(calendar, schoolYear);
  return (
    <section class="calendar-summary" aria-labelledby="calendar-summary-heading">
      <h2 id="calendar-summary-heading">{text.heading}</h2>
      {!calendar ? (
        <p>
          {text.none} <a href={appPaths.qualityCalendar}>{text.make}</a>
        </p>
      ) : (
        <>
          <p>
            {position
              ? text.position(schoolYear, position.number, position.total)
              : text.outside(
                  schoolYear,
                  calendar.years[0]?.schoolYear ?? '',
                  calendar.years.at(-1)?.schoolYear ?? '',
                )}
          </p>
          {position && <p>{focus.length ? `${text.focus} ${focus.join(', ')}` : text.noFocus}</p>}
          <p>
            <a href={appPaths.qualityCalendar}>{text.open}</a>
          </p>
        </>
      )}
    </section>
  );
}
