import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../domain/action';
import type { Expectation } from '../../domain/framework/expectation';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { getDatabase } from '../../storage/database';
import { deleteEditedRecord } from '../../storage/edit-guard';
import { ExpectationChecklist } from '../cycles/ExpectationChecklist';
import { ReadOnlyGroup } from '../cycles/ReadOnly';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { FieldError } from '../error-summary';
import { useAutosave } from '../hooks/use-autosave';
import { useDraft } from '../hooks/use-draft';
import { SaveStatus } from '../save-status';
import * as strings from '../strings';
import { fieldLabel, problemsOf, storable, unstorableFields, type EditorField } from './action-problems';
import { DeleteAction } from './DeleteAction';
import { ProgressLog } from './ProgressLog';

type TextField = 'goal' | 'successIndicator' | 'evaluation';
type DateField = 'startDate' | 'dueDate';

const t = strings.actionEditor;
const HINTS: Record<TextField | 'owner', string> = {
  goal: t.goalHint,
  successIndicator: t.successIndicatorHint,
  evaluation: t.evaluationHint,
  owner: t.ownerHint,
};

/** The action with a date set, or without it once the field is emptied: a stored date is never blank. */
function withDate(action: Action, field: DateField, value: string): Action {
  const { [field]: _cleared, ...rest } = action;
  return value ? { ...rest, [field]: value } : rest;
}

async function saveAction(action: Action): Promise<void> {
  await saveUserRecord('actions', action);
}

/**
 * One action in a modal dialog, saved as the user types and kept current when another tab edits it. A field
 * that cannot be stored (a five-digit year) says so beside it while the other fields are saved, and keeps the
 * dialog open until it is corrected or cleared. Closing (the button or Escape) saves what is pending; the action
 * can be deleted after an in-page confirmation.
 */
export function ActionEditor({
  action,
  expectations,
  scope,
  readOnly,
  onClose,
  onDeleted,
}: {
  /** The stored action, kept live. */
  action: Action;
  /** Every expectation, in reading order. */
  expectations: readonly Expectation[];
  /** The cycle's expectations in scope: the ones an action can be linked to. */
  scope: readonly ExpectationCode[];
  /** True while the cycle is closed: the action can be read, not changed. */
  readOnly: boolean;
  onClose: () => void;
  /** Called once the action is deleted, with its title. */
  onDeleted: (title: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleField = useRef<HTMLInputElement>(null);
  const autosave = useAutosave(saveAction, {
    key: draftKey('actie', action.cycleId, action.id),
    shape: action,
  });
  // What cannot be stored (a five-digit year) is kept as typed in a draft of its own: the autosaved draft holds
  // only what can be stored and is dropped once saved, so without this the typed year was gone after a reload.
  const unstorable = useDraft<Partial<Action>>(draftKey('actie-ongeldig', action.cycleId, action.id), {});
  const [draft, setDraft] = useState(() => ({ ...(autosave.recovered ?? action), ...unstorable.value }));
  const [closeRefused, setCloseRefused] = useState(false);
  // Links made before the scope changed stay visible, so unticking them is a choice, not an accident.
  const [offered] = useState(() =>
    expectations.filter((e) => scope.includes(e.code) || action.expectationCodes.includes(e.code)),
  );

  useEffect(() => {
    dialog.current?.showModal();
    titleField.current?.focus();
  }, []);

  // Take what is stored — after a save, and when another tab saved — unless edits are waiting to be saved;
  // what cannot be stored stays as typed. The schema trims the title; keep the spaces of a title being typed.
  useEffect(() => {
    if (autosave.hasUnsaved()) return;
    setDraft((current) => ({
      ...action,
      ...(current.title.trim() === action.title ? { title: current.title } : {}),
      ...unstorableFields(current),
    }));
  }, [action]);

  const update = (next: Action): void => {
    setDraft(next);
    setCloseRefused(false);
    autosave.changed(storable(next, action));
    unstorable.set(unstorableFields(next));
  };
  const edit = (change: Partial<Action>): void => update({ ...draft, ...change });

  const errors = problemsOf(draft);
  const invalid = Object.keys(errors) as EditorField[];
  /** Closes once everything typed can be stored; otherwise says what cannot and goes to it. */
  const close = (): void => {
    if (readOnly || invalid.length === 0) {
      onClose();
      return;
    }
    setCloseRefused(true);
    document.getElementById(`action-${invalid[0]}`)?.focus();
  };
  // A control names its hint and its error, when there are any, so a screen reader reads them with it.
  const describedBy = (field: string, hint: boolean, error?: string): string | undefined =>
    [hint && `action-${field}-hint`, error && `action-${field}-error`].filter(Boolean).join(' ') || undefined;
  const hint = (field: keyof typeof HINTS) => (
    <p class="field__hint" id={`action-${field}-hint`}>
      {HINTS[field]}
    </p>
  );
  const textArea = (field: TextField) => (
    <div class="field">
      <label for={`action-${field}`}>{t[field]}</label>
      {hint(field)}
      <FieldError id={`action-${field}-error`} message={errors[field]} />
      <textarea
        id={`action-${field}`}
        aria-describedby={describedBy(field, true, errors[field])}
        aria-invalid={errors[field] ? true : undefined}
        rows={3}
        value={draft[field]}
        onInput={(event) => edit({ [field]: event.currentTarget.value })}
      />
    </div>
  );
  const dateInput = (field: DateField, error = errors[field]) => (
    <div class="field">
      <label for={`action-${field}`}>{t[field]}</label>
      <FieldError id={`action-${field}-error`} message={error} />
      <input
        type="date"
        id={`action-${field}`}
        aria-describedby={describedBy(field, false, error)}
        aria-invalid={error ? true : undefined}
        value={draft[field] ?? ''}
        onInput={(event) => update(withDate(draft, field, event.currentTarget.value))}
      />
    </div>
  );

  const remove = async (): Promise<void> => {
    // Whatever is pending is written first, so closing the editor afterwards cannot write the action back.
    await autosave.flush();
    await deleteEditedRecord(getDatabase(), 'actions', action.id);
    unstorable.clear();
    onDeleted(action.title);
  };

  return (
    <dialog
      ref={dialog}
      class="action-editor"
      aria-labelledby="action-editor-title"
      onCancel={(event) => {
        // The plan takes the dialog away and puts focus back itself: after the browser's own restore, Chromium
        // left the field focused but deaf to typing.
        event.preventDefault();
        close();
      }}
      onClose={onClose}
      // Escape is handled here, before the browser's close request: from a date field Chromium closes the
      // dialog without a cancelable cancel event, which would drop a field that cannot be stored.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <div class="action-editor__header">
        <h2 id="action-editor-title">{t.title}</h2>
        <button type="button" onClick={close}>
          {t.close}
        </button>
        <SaveStatus state={autosave.state} />
        {closeRefused && invalid.length > 0 && (
          <p role="alert" class="field__error">
            {t.errors.cannotClose(invalid.map(fieldLabel).join(', '))}
          </p>
        )}
      </div>
      <div class="action-editor__body">
        <form class="app-form" onSubmit={(event) => event.preventDefault()}>
          <ReadOnlyGroup readOnly={readOnly}>
            <div class="field">
              <label for="action-title">{t.titleLabel}</label>
              <FieldError id="action-title-error" message={errors.title} />
              <input
                type="text"
                id="action-title"
                ref={titleField}
                aria-describedby={describedBy('title', false, errors.title)}
                aria-invalid={errors.title ? true : undefined}
                value={draft.title}
                onInput={(event) => edit({ title: event.currentTarget.value })}
              />
            </div>
            <ExpectationChecklist
              id="action-expectations"
              legend={t.expectations}
              expectations={offered}
              selected={draft.expectationCodes}
              onChange={(expectationCodes) => edit({ expectationCodes })}
            />
            {textArea('goal')}
            {textArea('successIndicator')}
            <div class="field">
              <label for="action-owner">{t.owner}</label>
              {hint('owner')}
              <FieldError id="action-owner-error" message={errors.owner} />
              <input
                type="text"
                id="action-owner"
                aria-describedby={describedBy('owner', true, errors.owner)}
                aria-invalid={errors.owner ? true : undefined}
                value={draft.owner}
                onInput={(event) => edit({ owner: event.currentTarget.value })}
              />
            </div>
            <div class="action-editor__dates">
              {dateInput('startDate')}
              {dateInput('dueDate')}
            </div>
            <div class="field">
              <label for="action-status">{t.status}</label>
              <select
                id="action-status"
                value={draft.status}
                onChange={(event) => edit({ status: event.currentTarget.value as ActionStatus })}
              >
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {strings.actions.statuses[status]}
                  </option>
                ))}
              </select>
            </div>
            <ProgressLog
              actionId={draft.id}
              log={draft.progressLog}
              onChange={(progressLog) => edit({ progressLog })}
            />
            {textArea('evaluation')}
          </ReadOnlyGroup>
        </form>
        {!readOnly && <DeleteAction title={action.title} onDelete={remove} />}
      </div>
    </dialog>
  );
}
