import { useRef, useState } from 'preact/hooks';
import { ConfirmDiscard } from './confirm-discard';
import { TaskOutcome, type TaskState } from './run-task';
import { TaskButton } from './task-button';

/**
 * The end of a form saved as a whole: "Bewaren" (which keeps focus while saving), "Annuleren" — which asks
 * before throwing away what was typed (`changed`), and gives focus back to itself when the user keeps it —
 * and the outcome of the save.
 */
export function FormFooter({
  formId,
  saving,
  changed,
  onDiscard,
  text,
}: {
  /** The form's id; the cancel button is `${formId}-cancel`. */
  formId: string;
  saving: TaskState;
  changed: boolean;
  /** Throws the draft away and closes the form. */
  onDiscard: () => void;
  text: { save: string; cancel: string; saving: string };
}) {
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <p class="button-row">
        <TaskButton submit busy={saving.status === 'busy'} class="button-primary">
          {text.save}
        </TaskButton>
        <button
          type="button"
          id={`${formId}-cancel`}
          ref={cancelButton}
          onClick={() => (changed ? setConfirming(true) : onDiscard())}
          aria-expanded={confirming}
        >
          {text.cancel}
        </button>
      </p>
      {confirming && (
        <ConfirmDiscard
          onDiscard={onDiscard}
          onKeep={() => {
            setConfirming(false);
            cancelButton.current?.focus();
          }}
        />
      )}
      <TaskOutcome state={saving} busy={text.saving} />
    </>
  );
}
