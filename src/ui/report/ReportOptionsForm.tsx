import type { Expectation } from '../../domain/framework/expectation';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { ExpectationChecklist } from '../cycles/ExpectationChecklist';
import { FieldError } from '../error-summary';
import * as strings from '../strings';

/** The choices a report is made with; `codes` undefined means every expectation of the cycle. */
export interface ReportChoices {
  codes: ExpectationCode[] | undefined;
  includeIndividualNotes: boolean;
  anonymise: boolean;
  /** Off by default: a report shared outside the team must not carry respondents' words unread. */
  includeOpenAnswers: boolean;
}

const text = strings.report;

/** Whole cycle or a selection, individual notes in or out, names or "Deelnemer 1, 2 …", open answers in or out. */
export function ReportOptionsForm({
  expectations,
  choices,
  team,
  surveys,
  onChange,
}: {
  /** The cycle's expectations, in reading order. */
  expectations: readonly Expectation[];
  choices: ReportChoices;
  /** Notes and names only exist in a team cycle. */
  team: boolean;
  /** Whether the cycle has bevragingen, whose open answers the report may hold (team reports only). */
  surveys: boolean;
  onChange: (choices: ReportChoices) => void;
}) {
  const update = (change: Partial<ReportChoices>): void => onChange({ ...choices, ...change });
  return (
    <form
      class="app-form report-options"
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby="report-options-title"
    >
      <h2 id="report-options-title">{text.optionsTitle}</h2>
      <fieldset class="field">
        <legend>{text.selectionLegend}</legend>
        {([false, true] as const).map((some) => (
          <label class="radio" key={String(some)}>
            <input
              type="radio"
              name="report-selection"
              checked={(choices.codes !== undefined) === some}
              onChange={() => update({ codes: some ? expectations.map((e) => e.code) : undefined })}
            />
            {some ? text.selectSome : text.selectAll}
          </label>
        ))}
      </fieldset>
      {choices.codes && (
        <ExpectationChecklist
          id="report-codes"
          legend={text.selectionLegendSome}
          expectations={expectations}
          selected={choices.codes}
          error={
            <FieldError
              id="report-codes-error"
              message={choices.codes.length === 0 ? text.noSelection : undefined}
            />
          }
          onChange={(codes) => update({ codes })}
        />
      )}
      {team && (
        <>
          <p class="field__hint">{text.optionsHint}</p>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={choices.includeIndividualNotes}
              onChange={(event) => update({ includeIndividualNotes: event.currentTarget.checked })}
            />
            {text.includeNotes}
          </label>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={choices.anonymise}
              onChange={(event) => update({ anonymise: event.currentTarget.checked })}
            />
            {text.anonymise}
          </label>
          {surveys && (
            <>
              <label class="checkbox">
                <input
                  type="checkbox"
                  checked={choices.includeOpenAnswers}
                  aria-describedby="report-open-answers-hint"
                  onChange={(event) => update({ includeOpenAnswers: event.currentTarget.checked })}
                />
                {text.includeOpenAnswers}
              </label>
              <p class="field__hint" id="report-open-answers-hint">
                {text.openAnswersHint}
              </p>
            </>
          )}
        </>
      )}
    </form>
  );
}
