import { useRef, useState } from 'preact/hooks';
import { type ProgressEntry } from '../../domain/action';
import { createProgressEntry } from '../../domain/action-schema';
import { progressOldestFirst } from '../../domain/action-plan';
import { FieldError, invalidProps } from '../error-summary';
import { formatDate, todayIso } from '../format';
import { draftKey } from '../drafts/draft-store';
import { useDraft } from '../hooks/use-draft';
import * as strings from '../strings';

type Errors = Partial<Record<'date' | 'note', string>>;

/**
 * An action's progress log, oldest entry first: note what happened on a day (today unless changed), or remove
 * an entry. Changes go to the editor, which saves them with the rest of the action.
 */
export function ProgressLog({
  actionId,
  log,
  onChange,
}: {
  /** The action whose log it is; a note typed but not yet added is kept per action. */
  actionId: string;
  log: readonly ProgressEntry[];
  onChange: (log: ProgressEntry[]) => void;
}) {
  const [date, setDate] = useState(todayIso);
  const { value: note, set: setNote, clear: clearNote } = useDraft(draftKey('voortgang', actionId), '');
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState('');
  const noteField = useRef<HTMLTextAreaElement>(null);
  const t = strings.progressLog;

  const add = (): void => {
    const found: Errors = {};
    if (!date) found.date = t.errors.date;
    if (!note.trim()) found.note = t.errors.note;
    setErrors(found);
    if (found.date ?? found.note) {
      document.getElementById(found.date ? 'progress-date' : 'progress-note')?.focus();
      return;
    }
    onChange(progressOldestFirst([...log, createProgressEntry(date, note.trim())]));
    clearNote();
    setMessage(t.added);
  };
  const remove = (id: string): void => {
    onChange(log.filter((entry) => entry.id !== id));
    setMessage(t.removed);
    // The button pressed is gone; the place to write the next entry is the nearest useful stop.
    noteField.current?.focus();
  };
  const invalid = (field: keyof Errors) => invalidProps(`progress-${field}-error`, errors[field]);

  return (
    <fieldset class="field progress-log">
      <legend>{t.title}</legend>
      {log.length === 0 ? (
        <p class="field__hint">{t.empty}</p>
      ) : (
        <ol class="dated-notes">
          {progressOldestFirst(log).map((entry) => (
            <li key={entry.id} class="dated-notes__entry">
              <p class="dated-notes__date">{formatDate(entry.date)}</p>
              <p class="dated-notes__text">{entry.note}</p>
              <button
                type="button"
                class="button-small"
                aria-label={t.removeLabel(formatDate(entry.date))}
                onClick={() => remove(entry.id)}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="dated-notes__new">
        <div class="field">
          <label for="progress-date">{t.date}</label>
          <FieldError id="progress-date-error" message={errors.date} />
          <input
            id="progress-date"
            type="date"
            value={date}
            onInput={(event) => setDate(event.currentTarget.value)}
            {...invalid('date')}
          />
        </div>
        <div class="field">
          <label for="progress-note">{t.note}</label>
          <FieldError id="progress-note-error" message={errors.note} />
          <textarea
            id="progress-note"
            ref={noteField}
            rows={3}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
            {...invalid('note')}
          />
        </div>
        <button type="button" onClick={add}>
          {t.add}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </fieldset>
  );
}
