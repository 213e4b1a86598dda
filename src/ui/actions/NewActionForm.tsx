import { useRef, useState } from 'preact/hooks';
import { type Action } from '../../domain/action';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { saveUserRecord } from '../data/save';
import { FieldError } from '../error-summary';
import { explainError } from '../explain-error';
import { draftKey } from '../drafts/draft-store';
import { useDraft } from '../hooks/use-draft';
import * as strings from '../strings';

/** The id of the new action's title field: where focus goes when the action it would return to is gone. */
export const NEW_ACTION_TITLE_ID = 'new-action-title';

/**
 * Starts an action from its title alone — the one thing it cannot do without — linked to the expectation
 * the plan is filtered on; the rest is filled in in the editor that opens next.
 */
export function NewActionForm({
  cycleId,
  expectation,
  onCreated,
}: {
  cycleId: string;
  /** The expectation the plan is narrowed to, which the new action is linked to. */
  expectation: ExpectationCode | undefined;
  onCreated: (action: Action) => void;
}) {
  const { value: title, set: setTitle, clear } = useDraft(draftKey('nieuwe-actie', cycleId), '');
  const [titleMissing, setTitleMissing] = useState(false);
  const [saveError, setSaveError] = useState<string[]>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const t = strings.newAction;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const trimmed = title.trim();
    setTitleMissing(!trimmed);
    setSaveError(undefined);
    if (!trimmed) {
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      // The schema that makes the action loads with the first one made, not with the plan.
      const { createAction } = await import('../../domain/action-schema');
      const saved = await saveUserRecord(
        'actions',
        createAction({ cycleId, title: trimmed, expectationCodes: expectation ? [expectation] : [] }),
      );
      clear();
      onCreated(saved);
    } catch (error) {
      setSaveError(explainError(error));
    } finally {
      setBusy(false);
    }
  };

  const describedBy = [
    'new-action-hint',
    expectation && 'new-action-linked',
    titleMissing && 'new-action-error',
  ];
  return (
    <section class="new-action" aria-labelledby="new-action-heading">
      <h2 id="new-action-heading">{t.title}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div class="field">
          <label for={NEW_ACTION_TITLE_ID}>{t.label}</label>
          <p class="field__hint" id="new-action-hint">
            {t.hint}
          </p>
          {expectation && (
            <p class="field__hint" id="new-action-linked">
              {t.linkedHint(expectation)}
            </p>
          )}
          <FieldError
            id="new-action-error"
            message={titleMissing ? strings.actionEditor.errors.title : undefined}
          />
          <div class="new-action__row">
            <input
              id={NEW_ACTION_TITLE_ID}
              ref={field}
              type="text"
              required
              aria-describedby={describedBy.filter(Boolean).join(' ')}
              aria-invalid={titleMissing ? true : undefined}
              value={title}
              onInput={(event) => setTitle(event.currentTarget.value)}
            />
            <button type="submit" class="button-primary" disabled={busy}>
              {t.add}
            </button>
          </div>
        </div>
        {saveError && (
          <div role="alert" class="outcome outcome--failed">
            {saveError.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
        )}
      </form>
    </section>
  );
}
