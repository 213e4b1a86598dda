import { useState } from 'preact/hooks';
import { schoolYearOf } from '../../domain/cycle';
import { nextSchoolYear } from '../../domain/next-cycle';
import { getDatabase } from '../../storage/database';
import { loadSchoolYearFigures } from '../../storage/queries';
import type { SaveState } from '../hooks/use-autosave';
import { useLiveQuery } from '../hooks/use-live-query';
import * as strings from '../strings';
import { YearFiguresEditor } from './YearFiguresEditor';

const t = strings.profile.figures;

/** How many school years before this one the picker offers, stored or not. */
const YEARS_BACK = 4;

/** The school years the picker offers: this one and the few before it, and every year with stored figures. */
function yearsOffered(stored: readonly string[], current: string): string[] {
  const recent = Array.from({ length: YEARS_BACK + 1 }, (_, back) => nextSchoolYear(current, -back));
  return [...new Set([...recent, ...stored])].sort().reverse();
}

/** The centre's figures per school year: pick a year (this one first), fill in its figures. */
export function SchoolYearFigures({ onSaveState }: { onSaveState: (state: SaveState) => void }) {
  const stored = useLiveQuery(() => loadSchoolYearFigures(getDatabase()), []);
  const [current] = useState(() => schoolYearOf(new Date()));
  const [schoolYear, setSchoolYear] = useState(current);

  if (stored.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  // The profile above said it was loading; a second "laden" for the few records here would only flicker.
  if (stored.status === 'loading') return null;
  const storedYears = stored.value.map((figures) => figures.schoolYear);

  return (
    <section class="app-form" aria-labelledby="figures-title">
      <h2 id="figures-title">{t.title}</h2>
      <p>{t.intro}</p>
      <div class="field">
        <label for="figures-year">{t.yearLabel}</label>
        <p class="field__hint" id="figures-year-hint">
          {t.yearHint}
        </p>
        <select
          id="figures-year"
          aria-describedby="figures-year-hint figures-stored"
          value={schoolYear}
          onChange={(event) => setSchoolYear(event.currentTarget.value)}
        >
          {yearsOffered(storedYears, current).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
        <p class="field__hint" id="figures-stored">
          {storedYears.length === 0 ? t.noStoredYears : t.storedYears(storedYears.join(', '))}
        </p>
      </div>
      <YearFiguresEditor
        key={schoolYear}
        schoolYear={schoolYear}
        stored={stored.value.find((figures) => figures.schoolYear === schoolYear)}
        onSaveState={onSaveState}
      />
    </section>
  );
}
