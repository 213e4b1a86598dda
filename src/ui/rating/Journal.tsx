import { useState } from 'preact/hooks';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { journalOf } from '../../domain/journal-note';
import { isClosed } from '../../domain/workflow';
import type { CycleData } from '../../storage/cycle-store';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { todayIso } from '../format';
import { useDraft } from '../hooks/use-draft';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { JOURNAL_ANCHOR } from './journal-anchor';
import { JournalEntry } from './JournalEntry';
import { JournalNoteFields, firstProblem, journalProblems, type JournalErrors } from './journal-fields';

const t = strings.journal;
const NEW_NOTE = 'journal-new';

/**
 * A person's journal on one expectation: short dated notes, newest first, that grow over the school year.
 * A new note is dated today unless changed, and what is typed is kept as a draft until it is added.
 */
export function Journal({
  data,
  code,
  participantId,
}: {
  data: CycleData;
  code: ExpectationCode;
  /** Whose journal: the person using this device. */
  participantId: string;
}) {
  const { cycle } = data;
  const readOnly = isClosed(cycle);
  const notes = journalOf(data.journalNotes, participantId, code);
  const draft = useDraft(draftKey('logboek', cycle.id, `${participantId}:${code}`), {
    date: todayIso(),
    text: '',
  });
  const [errors, setErrors] = useState<JournalErrors>({});
  const [message, setMessage] = useState('');
  const adding = useTask();
  const focusNewNote = (): void => document.getElementById(`${NEW_NOTE}-text`)?.focus();

  const add = (): void => {
    const found = journalProblems(draft.value);
    setErrors(found);
    const first = firstProblem(found);
    if (first) {
      document.getElementById(`${NEW_NOTE}-${first}`)?.focus();
      return;
    }
    void adding.run(async () => {
      const { date, text } = draft.value;
      // The factory parses with the schema (it trims the note): zod loads on the first note, not with the page.
      const { createJournalNote } = await import('../../domain/journal-note-schema');
      await saveUserRecord(
        'journalNotes',
        createJournalNote({ cycleId: cycle.id, expectationCode: code, participantId, date, text }),
      );
      draft.clear();
      setMessage(t.added);
      // Focus stays where the next note is written.
      focusNewNote();
      return [];
    });
  };

  return (
    <section id={JOURNAL_ANCHOR} class="journal" aria-labelledby="journal-title">
      <h2 id="journal-title">{t.title}</h2>
      <p class="field__hint">{t.intro}</p>
      {!readOnly && (
        <form
          aria-label={t.newNote}
          class="dated-notes__new"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <JournalNoteFields idPrefix={NEW_NOTE} value={draft.value} errors={errors} onChange={draft.set} />
          <button type="submit">{t.add}</button>
          {/* Success is said once, in the journal's status line; a failure says why here, by the button. */}
          {adding.state.status === 'failed' && <TaskOutcome state={adding.state} busy={t.add} />}
        </form>
      )}
      {notes.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ol class="dated-notes">
          {notes.map((note) => (
            <JournalEntry
              key={note.id}
              note={note}
              readOnly={readOnly}
              onMessage={setMessage}
              onRemoved={focusNewNote}
            />
          ))}
        </ol>
      )}
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </section>
  );
}
