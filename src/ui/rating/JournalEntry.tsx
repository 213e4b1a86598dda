import { useState } from 'preact/hooks';
import type { JournalNote } from '../../domain/journal-note';
import { deleteEditedRecord } from '../../storage/edit-guard';
import { getDatabase } from '../../storage/database';
import { ConfirmDiscard } from '../confirm-discard';
import { saveUserRecord } from '../data/save';
import { draftKey, readDraft } from '../drafts/draft-store';
import { formatDate } from '../format';
import { useDraft } from '../hooks/use-draft';
import { useFocusRequest } from '../hooks/use-focus-request';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { JournalNoteFields, firstProblem, journalProblems, type JournalErrors } from './journal-fields';

const t = strings.journal;

/** The ids of one entry's controls, so focus can return to them. */
export const entryIds = (id: string) => ({
  edit: `journal-${id}-edit`,
  remove: `journal-${id}-remove`,
  confirm: `journal-${id}-confirm`,
  fields: `journal-${id}`,
});

/** Where a change to the note, typed and not saved, is kept. */
const editDraftKey = (noteId: string): string => draftKey('logboeknotitie', noteId);

/** Changes a note's day and text; a change typed and not saved is kept as a draft of that note. */
function EditNote({ note, onDone }: { note: JournalNote; onDone: (message: string) => void }) {
  const day = formatDate(note.date);
  const saved = { date: note.date, text: note.text };
  const draft = useDraft(editDraftKey(note.id), saved);
  const [errors, setErrors] = useState<JournalErrors>({});
  const [asking, setAsking] = useState(false);
  const saving = useTask();
  const ids = entryIds(note.id);

  const save = (): void => {
    const found = journalProblems(draft.value);
    setErrors(found);
    const first = firstProblem(found);
    if (first) {
      document.getElementById(`${ids.fields}-${first}`)?.focus();
      return;
    }
    void saving.run(async () => {
      await saveUserRecord('journalNotes', { ...note, ...draft.value, text: draft.value.text.trim() });
      draft.clear();
      onDone(t.saved);
      return [];
    });
  };
  const discard = (): void => {
    draft.clear();
    onDone('');
  };

  return (
    // Named after the note, so its "Datum" and "Notitie" are not heard as the new note's.
    <div role="group" aria-label={t.editLabel(day)}>
      <JournalNoteFields idPrefix={ids.fields} value={draft.value} errors={errors} onChange={draft.set} />
      {asking ? (
        <ConfirmDiscard onDiscard={discard} onKeep={() => setAsking(false)} />
      ) : (
        <p class="button-row">
          <button type="button" onClick={save}>
            {t.save}
          </button>
          <button type="button" onClick={() => (draft.changed ? setAsking(true) : discard())}>
            {t.cancel}
          </button>
        </p>
      )}
      {saving.state.status === 'failed' && <TaskOutcome state={saving.state} busy={t.save} />}
    </div>
  );
}

/**
 * One note of the journal: its day and text, and — unless the cycle is closed — changing it in place or
 * removing it after a question in the page.
 */
export function JournalEntry({
  note,
  readOnly,
  onMessage,
  onRemoved,
}: {
  note: JournalNote;
  readOnly: boolean;
  /** Says what happened, for the journal's status line. */
  onMessage: (message: string) => void;
  /** After the note is gone: its buttons went with it, so the journal decides where focus goes. */
  onRemoved: () => void;
}) {
  // A change left unsaved in another visit opens the note for editing again.
  const [editing, setEditing] = useState(
    () => !readOnly && readDraft(editDraftKey(note.id), { date: '', text: '' }) !== undefined,
  );
  const [confirming, setConfirming] = useState(false);
  const removing = useTask();
  const focus = useFocusRequest();
  const ids = entryIds(note.id);
  const day = formatDate(note.date);

  const doneEditing = (message: string): void => {
    setEditing(false);
    if (message) onMessage(message);
    focus(ids.edit);
  };
  const remove = (): Promise<void> =>
    removing.run(async () => {
      await deleteEditedRecord(getDatabase(), 'journalNotes', note.id);
      onMessage(t.removed);
      onRemoved();
      return [];
    });

  return (
    <li class="dated-notes__entry">
      <p class="dated-notes__date">{day}</p>
      {editing ? <EditNote note={note} onDone={doneEditing} /> : <p class="dated-notes__text">{note.text}</p>}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby={ids.confirm}>
          <p id={ids.confirm} tabIndex={-1}>
            {t.confirmRemove(day)}
          </p>
          <p class="button-row">
            <button
              type="button"
              class="button-danger"
              disabled={removing.state.status === 'busy'}
              onClick={() => void remove()}
            >
              {t.confirmYes}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                focus(ids.remove);
              }}
            >
              {t.keep}
            </button>
          </p>
          {/* Success is said in the journal's status line, once. */}
          {removing.state.status === 'failed' && <TaskOutcome state={removing.state} busy={t.remove} />}
        </div>
      ) : (
        !readOnly &&
        !editing && (
          <p class="button-row">
            <button
              type="button"
              class="button-small"
              id={ids.edit}
              aria-label={t.editLabel(day)}
              onClick={() => setEditing(true)}
            >
              {t.edit}
            </button>
            <button
              type="button"
              class="button-small"
              id={ids.remove}
              aria-label={t.removeLabel(day)}
              onClick={() => {
                setConfirming(true);
                focus(ids.confirm);
              }}
            >
              {t.remove}
            </button>
          </p>
        )
      )}
    </li>
  );
}
