import { useEffect, useRef, useState } from 'preact/hooks';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';

/** Deletes an action after the user confirms in the page itself; the question gets focus so it is read out. */
export function DeleteAction({ title, onDelete }: { title: string; onDelete: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const deleting = useTask();
  const t = strings.actionEditor;

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const cancel = (): void => {
    setConfirming(false);
    // The confirmation and its buttons disappear; the button that opened it is where the user was.
    requestAnimationFrame(() => deleteButton.current?.focus());
  };

  return (
    <div class="danger-zone">
      {confirming ? (
        <div class="confirm">
          <p ref={question} tabIndex={-1}>
            {t.confirmDelete(title)}
          </p>
          <p class="button-row">
            <button
              type="button"
              class="button-danger"
              disabled={deleting.state.status === 'busy'}
              onClick={() =>
                void deleting.run(async () => {
                  await onDelete();
                  return [];
                })
              }
            >
              {t.confirmYes}
            </button>
            <button type="button" onClick={cancel}>
              {t.cancel}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" class="button-danger" ref={deleteButton} onClick={() => setConfirming(true)}>
          {t.delete}
        </button>
      )}
      <TaskOutcome state={deleting.state} busy={t.deleting} />
    </div>
  );
}
