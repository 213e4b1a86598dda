import { useRef, useState } from 'preact/hooks';
import { MAX_TEXT_LENGTH } from '../../../domain/record';
import type { AnswerScale } from '../../../domain/survey/answer-scale';
import { answersOfPaperRow, cellOfKey, type PaperRow } from '../../../domain/survey/paper-entry';
import type { OpenQuestion } from '../../../domain/survey/questionnaire';
import { explainError } from '../../explain-error';
import * as strings from '../../strings';

/** The answers of a row ready to store. */
export interface TypedAnswers {
  answers: Record<string, string>;
  openAnswers: Record<string, string>;
}

/** The id of a row's cell for the statement at `index`; the open questions follow the statements. */
export const cellId = (prefix: string, index: number): string => `${prefix}-cel-${index}`;

/**
 * One paper form as a row of native inputs: a one-digit cell per statement, whose label a screen reader
 * reads as "Formulier 3, stelling 5", then the open answers. A digit the scale has fills the cell and moves on
 * to the next; any other key is refused on the spot with the reason, and nothing typed is lost. Enter stores
 * the row, but only once every cell is typed (a space for a statement left open), so a half form is never
 * stored; the parent keeps the row (and its draft), this form only edits it.
 */
export function PaperRowForm({
  prefix,
  number,
  row,
  statementIds,
  scale,
  openQuestions,
  fixing,
  onChange,
  onStore,
  onCancel,
}: {
  /** Makes the cells' ids unique on the page. */
  prefix: string;
  /** The form's number in the stack, as the grid names it. */
  number: number;
  row: PaperRow;
  statementIds: readonly string[];
  scale: AnswerScale;
  openQuestions: readonly OpenQuestion[];
  /** True when the row corrects a stored form. */
  fixing: boolean;
  onChange: (row: PaperRow) => void;
  /** Stores the answers; a rejection is explained under the row, which stays as typed. */
  onStore: (answers: TypedAnswers) => Promise<void>;
  onCancel?: () => void;
}) {
  const text = strings.paper;
  const [message, setMessage] = useState('');
  // Set while a row is being stored: a second Enter in that moment must not store it twice.
  const storing = useRef(false);
  const points = scale.options.length;
  const count = statementIds.length;
  const focusCell = (index: number): void => {
    const field = document.getElementById(cellId(prefix, Math.max(0, index)));
    field?.focus();
    // A digit typed into a cell that has one replaces it; an open answer's words are kept.
    if (index < count && field instanceof HTMLInputElement) field.select();
  };

  const typeInto = (index: number, key: string): void => {
    const cell = cellOfKey(key, scale);
    if (cell === undefined) {
      setMessage(text.wrongKey(key, index + 1, points));
      return;
    }
    setMessage('');
    onChange({ ...row, cells: row.cells.map((old, at) => (at === index ? cell : old)) });
    // After the last statement, the first open question (or the store button) is next.
    focusCell(index + 1);
  };

  const onKeyDown = (index: number, event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.key === 'Enter' || event.key === 'Tab')
      return;
    if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      const cells = row.cells;
      if (cells[index] !== '') onChange({ ...row, cells: cells.map((old, at) => (at === index ? '' : old)) });
      else if (event.key === 'Backspace') focusCell(index - 1);
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      focusCell(index + (event.key === 'ArrowLeft' ? -1 : 1));
      return;
    }
    if (event.key === 'Escape' && onCancel) {
      onCancel();
      return;
    }
    if (event.key.length !== 1) return;
    event.preventDefault();
    typeInto(index, event.key);
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (storing.current) return;
    const outcome = answersOfPaperRow(row, statementIds, scale);
    if (!outcome.ok) {
      setMessage(outcome.problem === 'blank' ? text.blank : text.untyped(outcome.numbers));
      if (outcome.problem === 'untyped') focusCell((outcome.numbers[0] ?? 1) - 1);
      return;
    }
    storing.current = true;
    try {
      await onStore(outcome);
      setMessage('');
    } catch (error) {
      setMessage(explainError(error).join(' '));
    } finally {
      storing.current = false;
    }
  };

  return (
    <form
      class="paper-row"
      aria-labelledby={`${prefix}-titel`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={`${prefix}-titel`} class="paper-row__title">
        {fixing ? text.fixForm(number) : text.form(number)}
      </h3>
      <div class="paper-row__cells">
        {statementIds.map((id, index) => (
          <div class="paper-cell" key={id}>
            <label for={cellId(prefix, index)}>
              <span class="visually-hidden">{text.cellPrefix(number)}</span>
              {index + 1}
            </label>
            <input
              id={cellId(prefix, index)}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              maxLength={1}
              size={1}
              value={row.cells[index] ?? ''}
              onKeyDown={(event) => onKeyDown(index, event)}
              // A phone's keyboard may send no key to keydown; its typed character arrives here instead.
              onInput={(event) => {
                const typed = event.currentTarget.value.slice(-1);
                event.currentTarget.value = row.cells[index] ?? '';
                if (typed !== '') typeInto(index, typed);
              }}
            />
          </div>
        ))}
      </div>
      {openQuestions.map((question, index) => (
        <div class="field paper-row__open" key={question.id}>
          <label for={cellId(prefix, count + index)}>
            <span class="visually-hidden">{text.openPrefix(number)}</span>
            {question.question}
          </label>
          <input
            id={cellId(prefix, count + index)}
            type="text"
            autoComplete="off"
            maxLength={MAX_TEXT_LENGTH}
            value={row.openAnswers[question.id] ?? ''}
            onInput={(event) =>
              onChange({
                ...row,
                openAnswers: { ...row.openAnswers, [question.id]: event.currentTarget.value },
              })
            }
            onKeyDown={(event) => event.key === 'Escape' && onCancel?.()}
          />
        </div>
      ))}
      <p class="button-row">
        <button type="submit" id={cellId(prefix, count + openQuestions.length)} class="button-primary">
          {fixing ? text.storeFix : text.store}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {text.cancelFix}
          </button>
        )}
      </p>
      <p class="paper-row__message" role="alert">
        {message}
      </p>
    </form>
  );
}
