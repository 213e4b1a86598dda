import { useEffect, useState } from 'preact/hooks';
import { SUPPORT_TYPES, type SupportType } from '../../domain/lsc-profile';
import {
  REPORT_KINDS,
  TYPES_PER_REPORT,
  createSchoolYearFigures,
  type ReportKind,
  type SchoolYearFigures,
} from '../../domain/school-year-figures';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { FieldError, invalidProps } from '../error-summary';
import { useAutosave, type SaveState } from '../hooks/use-autosave';
import { useDraft } from '../hooks/use-draft';
import * as strings from '../strings';
import { readTyped, typedOf, type FigureKey, type TypedFigures } from './figure-inputs';

const t = strings.profile.figures;

async function saveFigures(figures: SchoolYearFigures): Promise<void> {
  await saveUserRecord('schoolYearFigures', figures);
}

/**
 * One school year's figures, saved as the user types. What was typed is kept as a draft until it is stored, so a
 * closed tab loses nothing; an input that cannot be read says why beside it and keeps what was stored.
 */
export function YearFiguresEditor({
  schoolYear,
  stored,
  onSaveState,
}: {
  schoolYear: string;
  /** The year's stored figures, kept live; none until the first figure is saved. */
  stored: SchoolYearFigures | undefined;
  /** Told each time the state of saving changes: the page shows one status for all it saves. */
  onSaveState: (state: SaveState) => void;
}) {
  const [blank] = useState(() => createSchoolYearFigures(schoolYear));
  const base = stored ?? blank;
  const autosave = useAutosave(saveFigures);
  const draft = useDraft<TypedFigures>(draftKey('cijfers', schoolYear), {});
  const [typed, setTyped] = useState<TypedFigures>(() => (draft.changed ? draft.value : typedOf(base)));
  const { problems } = readTyped(typed, base);

  // A draft left by a closed tab is stored at once.
  useEffect(() => {
    if (draft.changed) autosave.changed(readTyped(draft.value, base).figures);
  }, []);
  // Take what is stored — after a save, and when another tab saved — unless typing is waiting to be stored.
  useEffect(() => {
    if (stored && !autosave.hasUnsaved() && !draft.changed) setTyped(typedOf(stored));
  }, [stored]);
  // Stored with nothing unreadable left: the draft has done its job.
  useEffect(() => {
    onSaveState(autosave.state);
    if (autosave.state.status === 'saved' && Object.keys(problems).length === 0) draft.clear();
  }, [autosave.state]);

  const edit = (key: FigureKey, value: string): void => {
    const next = { ...typed, [key]: value };
    setTyped(next);
    draft.set(next);
    autosave.changed(readTyped(next, base).figures);
  };
  const id = (key: FigureKey): string => `figures-${key.replace(':', '-')}`;
  const input = (key: FigureKey, props: { mode: 'numeric' | 'decimal'; label?: string; hintId?: string }) => (
    <>
      <input
        type="text"
        id={id(key)}
        inputMode={props.mode}
        autoComplete="off"
        value={typed[key] ?? ''}
        aria-label={props.label}
        {...invalidProps(`${id(key)}-error`, problems[key], props.hintId)}
        onInput={(event) => edit(key, event.currentTarget.value)}
      />
      <FieldError id={`${id(key)}-error`} message={problems[key]} />
    </>
  );
  const numberField = (key: 'trajectories' | 'supportStaff' | 'fte', hint?: string) => (
    <div class="field">
      <label for={id(key)}>{t[key]}</label>
      {hint && (
        <p class="field__hint" id={`${id(key)}-hint`}>
          {hint}
        </p>
      )}
      {input(key, {
        mode: key === 'fte' ? 'decimal' : 'numeric',
        ...(hint ? { hintId: `${id(key)}-hint` } : {}),
      })}
    </div>
  );
  // A GC- or IAC-verslag exists for every type; an OV4-verslag for some (TYPES_PER_REPORT).
  const offered = (kind: ReportKind, type: SupportType): boolean => TYPES_PER_REPORT[kind].includes(type);

  return (
    <div class="year-figures">
      <div class="field">
        <label for={id('supportCouncilDate')}>{t.supportCouncilDate}</label>
        <input
          type="date"
          id={id('supportCouncilDate')}
          value={typed.supportCouncilDate ?? ''}
          onInput={(event) => edit('supportCouncilDate', event.currentTarget.value)}
        />
        <FieldError id={`${id('supportCouncilDate')}-error`} message={problems.supportCouncilDate} />
      </div>
      <fieldset class="field">
        <legend>{t.pupilsLegend}</legend>
        <p class="field__hint">{t.pupilsHint}</p>
        <table class="figures-grid">
          <thead>
            <tr>
              <th scope="col">{t.typeColumn}</th>
              {REPORT_KINDS.map((kind) => (
                <th scope="col" key={kind}>
                  {strings.reportFigureLabels.reports[kind]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SUPPORT_TYPES.map((type) => (
              <tr key={type}>
                <th scope="row">{strings.profile.supportTypes[type]}</th>
                {REPORT_KINDS.map((kind) => (
                  <td key={kind}>
                    {offered(kind, type) ? (
                      input(`${kind}:${type}`, {
                        mode: 'numeric',
                        label: strings.reportFigureLabels.pupils(
                          strings.reportFigureLabels.reports[kind],
                          strings.profile.supportTypes[type],
                        ),
                      })
                    ) : (
                      <span class="figures-grid__none">{t.notOffered}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      {numberField('trajectories')}
      {numberField('supportStaff')}
      {numberField('fte', t.fteHint)}
    </div>
  );
}
