import { useEffect, useState } from 'preact/hooks';
import { schoolYearOf } from '../../domain/cycle';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { nextSchoolYear } from '../../domain/next-cycle';
import {
  MAX_PLAN_YEARS,
  MIN_PLAN_YEARS,
  PLAN_NOTE_MAX_LENGTH,
  createQualityCalendar,
  withPlanYears,
  type QualityCalendar,
} from '../../domain/quality-calendar';
import { getDatabase } from '../../storage/database';
import { loadQualityCalendar } from '../../storage/quality-calendar-store';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { useAutosave } from '../hooks/use-autosave';
import { useLiveQuery } from '../hooks/use-live-query';
import { Loading } from '../loading';
import { SaveStatus } from '../save-status';
import * as strings from '../strings';
import { CalendarMatrix } from './CalendarMatrix';

const text = strings.qualityCalendar;
/** How many years a new plan spans until the user chooses: a common rhythm, between three and six. */
const DEFAULT_YEARS = 4;
const YEAR_COUNTS = Array.from({ length: MAX_PLAN_YEARS - MIN_PLAN_YEARS + 1 }, (_, i) => MIN_PLAN_YEARS + i);

/** The school years a plan may start in: three before this one to three after, and the plan's own first year. */
function firstYearChoices(current: string): string[] {
  const around = Array.from({ length: 7 }, (_, i) => nextSchoolYear(schoolYearOf(new Date()), i - 3));
  return [...new Set([...around, current])].sort();
}

/** The centre's kwaliteitskalender, saved as the user ticks and kept current when another tab edits it. */
export default function QualityCalendarForm({ framework }: { framework: Pick<FrameworkSummary, 'outline'> }) {
  const stored = useLiveQuery(() => loadQualityCalendar(getDatabase()), []);
  const [blank] = useState(() => createQualityCalendar(schoolYearOf(new Date()), DEFAULT_YEARS));
  const autosave = useAutosave(
    async (calendar: QualityCalendar) => {
      await saveUserRecord('qualityCalendars', calendar);
    },
    { key: draftKey('kwaliteitskalender'), shape: blank },
  );
  const [draft, setDraft] = useState<QualityCalendar | undefined>(autosave.recovered);

  // Take what is stored — on load, and when another tab saved — unless the user has edits not yet saved.
  useEffect(() => {
    if (stored.status === 'ready' && !autosave.hasUnsaved()) setDraft(stored.value ?? blank);
  }, [stored]);

  if (stored.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  if (!draft) return <Loading />;

  const update = (next: QualityCalendar): void => {
    setDraft(next);
    autosave.changed(next);
  };
  const firstYear = draft.years[0]?.schoolYear ?? schoolYearOf(new Date());

  return (
    <form class="app-form quality-calendar" onSubmit={(event) => event.preventDefault()}>
      <SaveStatus state={autosave.state} />
      <div class="quality-calendar__period">
        <div class="field">
          <label for="calendar-first-year">{text.firstYearLabel}</label>
          <select
            id="calendar-first-year"
            value={firstYear}
            onChange={(event) => update(withPlanYears(draft, event.currentTarget.value, draft.years.length))}
          >
            {firstYearChoices(firstYear).map((schoolYear) => (
              <option key={schoolYear} value={schoolYear}>
                {schoolYear}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="calendar-year-count">{text.yearCountLabel}</label>
          <select
            id="calendar-year-count"
            value={String(draft.years.length)}
            onChange={(event) => update(withPlanYears(draft, firstYear, Number(event.currentTarget.value)))}
          >
            {YEAR_COUNTS.map((count) => (
              <option key={count} value={String(count)}>
                {text.yearCount(count)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <CalendarMatrix framework={framework} calendar={draft} onChange={update} />
      <fieldset class="field quality-calendar__notes">
        <legend>{text.notesLegend}</legend>
        {draft.years.map((year, index) => (
          <div class="field" key={year.schoolYear}>
            <label for={`calendar-note-${index}`}>{text.noteLabel(year.schoolYear)}</label>
            <input
              id={`calendar-note-${index}`}
              type="text"
              maxLength={PLAN_NOTE_MAX_LENGTH}
              value={year.note}
              onInput={(event) => {
                const note = event.currentTarget.value;
                update({ ...draft, years: draft.years.map((y, i) => (i === index ? { ...y, note } : y)) });
              }}
            />
          </div>
        ))}
      </fieldset>
    </form>
  );
}
