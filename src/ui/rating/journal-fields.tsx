import { FieldError, invalidProps } from '../error-summary';
import * as strings from '../strings';

/** What a journal note form holds: its day and its text. */
export interface JournalFields {
  date: string;
  text: string;
}

export type JournalErrors = Partial<Record<keyof JournalFields, string>>;

/** What keeps a note from being saved, per field; empty when it can be saved. */
export function journalProblems(fields: JournalFields): JournalErrors {
  const t = strings.journal.errors;
  return {
    ...(fields.date ? {} : { date: t.date }),
    ...(fields.text.trim() ? {} : { text: t.text }),
  };
}

/** The first field with a problem, for focus: the date stands first in the form. */
export function firstProblem(errors: JournalErrors): keyof JournalFields | undefined {
  return errors.date ? 'date' : errors.text ? 'text' : undefined;
}

/** The day and text of a journal note, for a new note and for one being changed. */
export function JournalNoteFields({
  idPrefix,
  value,
  errors,
  onChange,
}: {
  /** Makes the fields' ids unique on the page: `${idPrefix}-date`, `${idPrefix}-text`. */
  idPrefix: string;
  value: JournalFields;
  errors: JournalErrors;
  onChange: (value: JournalFields) => void;
}) {
  const t = strings.journal;
  const id = (field: keyof JournalFields) => `${idPrefix}-${field}`;
  const invalid = (field: keyof JournalFields) => invalidProps(`${id(field)}-error`, errors[field]);
  return (
    <div class="journal__fields">
      <div class="field">
        <label for={id('date')}>{t.date}</label>
        <FieldError id={`${id('date')}-error`} message={errors.date} />
        <input
          id={id('date')}
          type="date"
          value={value.date}
          onInput={(event) => onChange({ ...value, date: event.currentTarget.value })}
          {...invalid('date')}
        />
      </div>
      <div class="field">
        <label for={id('text')}>{t.text}</label>
        <FieldError id={`${id('text')}-error`} message={errors.text} />
        <textarea
          id={id('text')}
          rows={3}
          value={value.text}
          onInput={(event) => onChange({ ...value, text: event.currentTarget.value })}
          {...invalid('text')}
        />
      </div>
    </div>
  );
}
