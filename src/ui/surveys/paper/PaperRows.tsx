import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PaperRow } from '../../../domain/survey/paper-entry';
import type { SurveyResponse } from '../../../domain/survey/survey-response';
import { TaskOutcome, useTask } from '../../run-task';
import * as strings from '../../strings';

/** A stored paper form as the grid lists it. */
export interface StoredForm {
  response: SurveyResponse;
  number: number;
  row: PaperRow;
}

/** A row's digits in groups of five, as the coordinator reads them off the paper to check. */
function digitsOf(row: PaperRow): string {
  return row.cells.join('').replace(/(.{5})(?=.)/g, '$1 ');
}

/**
 * The forms stored so far, each with its digits and open answers (shown as text, never as markup), and a way
 * to fix or remove it while the bevraging runs. Removing asks first, in place.
 */
export function PaperRows({
  forms,
  locked,
  fixingId,
  onFix,
  onRemove,
  renderFix,
}: {
  forms: readonly StoredForm[];
  /** True once nothing may change: the bevraging finished or the cycle closed. */
  locked: boolean;
  fixingId: string | undefined;
  onFix: (form: StoredForm) => void;
  onRemove: (id: string, number: number) => Promise<void>;
  renderFix: (form: StoredForm) => ComponentChildren;
}) {
  const text = strings.paper;
  const [removing, setRemoving] = useState<string>();
  const task = useTask();
  const confirmId = (id: string): string => `papier-verwijderen-${id}`;
  // Asked to confirm, the keyboard user lands on the answer.
  useEffect(() => {
    if (removing) document.getElementById(`${confirmId(removing)}-ja`)?.focus();
  }, [removing]);
  return (
    <section class="paper-rows" aria-labelledby="paper-rows-title">
      <h2 id="paper-rows-title">
        {text.storedTitle} ({forms.length})
      </h2>
      {forms.length === 0 && <p>{text.storedNone}</p>}
      <ol class="paper-rows__list">
        {forms.map((form) => {
          const { id } = form.response;
          if (id === fixingId) return <li key={id}>{renderFix(form)}</li>;
          return (
            <li key={id} class="paper-rows__form">
              <span class="paper-rows__number">{text.form(form.number)}</span>
              <span class="paper-rows__digits">{digitsOf(form.row)}</span>
              {Object.values(form.response.openAnswers).map((words, index) => (
                <span class="paper-rows__open" key={index}>
                  {words}
                </span>
              ))}
              {locked ? null : removing === id ? (
                <span class="paper-rows__confirm" role="group" aria-labelledby={confirmId(id)}>
                  <span id={confirmId(id)}>{text.confirmRemove(form.number)}</span>{' '}
                  <button
                    type="button"
                    id={`${confirmId(id)}-ja`}
                    class="button-danger"
                    onClick={() =>
                      void task.run(async () => {
                        await onRemove(id, form.number);
                        setRemoving(undefined);
                        return [];
                      })
                    }
                  >
                    {text.confirmRemoveYes}
                  </button>{' '}
                  <button type="button" onClick={() => setRemoving(undefined)}>
                    {text.confirmRemoveNo}
                  </button>
                </span>
              ) : (
                <span class="paper-rows__actions">
                  <button type="button" onClick={() => onFix(form)}>
                    {text.fix}
                    <span class="visually-hidden"> {text.form(form.number)}</span>
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      task.reset();
                      setRemoving(id);
                    }}
                  >
                    {text.remove}
                    <span class="visually-hidden"> {text.form(form.number)}</span>
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {task.state.status === 'failed' && <TaskOutcome state={task.state} busy="" />}
    </section>
  );
}
