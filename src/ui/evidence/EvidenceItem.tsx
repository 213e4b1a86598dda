import { useState } from 'preact/hooks';
import type { AttachmentSummary } from '../../domain/attachment';
import type { Evidence } from '../../domain/evidence';
import { EXPECTATION_CODES } from '../../domain/framework/expectation-code';
import { getDatabase } from '../../storage/database';
import { deleteEvidence } from '../../storage/evidence-store';
import { formatDate } from '../format';
import { useFocusRequest } from '../hooks/use-focus-request';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { AttachmentList } from './AttachmentList';

/** Ids of the elements of one piece of evidence that focus is sent to. */
export const itemIds = (id: string) => ({
  title: `bron-${id}-titel`,
  edit: `bron-${id}-bewerken`,
  remove: `bron-${id}-verwijderen`,
  confirm: `bron-${id}-bevestigen`,
});

/**
 * One piece of evidence as the library shows it, with its files and the actions on it. Deleting asks first,
 * right here in the page, and removes the files with it.
 */
export function EvidenceItem({
  evidence,
  attachments,
  readOnly,
  onEdit,
  onDeleted,
}: {
  evidence: Evidence;
  attachments: readonly AttachmentSummary[];
  /** True while the cycle is closed: no editing or deleting. */
  readOnly: boolean;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const text = strings.evidenceItem;
  const ids = itemIds(evidence.id);
  const [confirming, setConfirming] = useState(false);
  const deleting = useTask();
  const focus = useFocusRequest();
  const codes = EXPECTATION_CODES.filter((code) => evidence.expectationCodes.includes(code));

  const askToDelete = (): void => {
    setConfirming(true);
    focus(ids.confirm);
  };
  const cancelDelete = (): void => {
    setConfirming(false);
    deleting.reset();
    focus(ids.remove);
  };
  const confirmDelete = (): Promise<void> =>
    deleting.run(async () => {
      await deleteEvidence(getDatabase(), evidence.id);
      onDeleted();
      return [];
    });

  const hiddenTitle = <span class="visually-hidden"> {evidence.title}</span>;
  return (
    <article class="card evidence-item" aria-labelledby={ids.title}>
      <h3 id={ids.title} tabIndex={-1}>
        {evidence.title}
      </h3>
      <dl class="facts evidence-item__facts">
        <div>
          <dt>{text.kind}</dt>
          <dd>{strings.evidenceKinds[evidence.kind]}</dd>
        </div>
        {evidence.voices.length > 0 && (
          <div>
            <dt>{text.voices}</dt>
            <dd>{evidence.voices.map((voice) => strings.voices[voice]).join(', ')}</dd>
          </div>
        )}
        {evidence.date && (
          <div>
            <dt>{text.date}</dt>
            <dd>{formatDate(evidence.date)}</dd>
          </div>
        )}
        {codes.length > 0 && (
          <div>
            <dt>{text.expectations}</dt>
            <dd>{codes.join(', ')}</dd>
          </div>
        )}
      </dl>
      {evidence.description && <p class="prewrap">{evidence.description}</p>}
      {evidence.link && (
        <p class="evidence-item__link">
          {text.link}:{' '}
          <a href={evidence.link} rel="noopener noreferrer">
            {evidence.link}
          </a>
        </p>
      )}
      {attachments.length > 0 && (
        <>
          <h4 class="evidence-item__files-title">{text.attachments}</h4>
          <AttachmentList attachments={attachments} />
        </>
      )}
      {confirming ? (
        <div class="evidence-item__confirm" role="group" aria-labelledby={ids.confirm}>
          <p id={ids.confirm} tabIndex={-1}>
            {text.confirmDelete(evidence.title, attachments.length)}
          </p>
          <p class="button-row">
            <button
              type="button"
              class="button-danger"
              disabled={deleting.state.status === 'busy'}
              onClick={() => void confirmDelete()}
            >
              {text.confirmYes}
            </button>
            <button type="button" onClick={cancelDelete}>
              {text.cancel}
            </button>
          </p>
          <TaskOutcome state={deleting.state} busy={text.deleting} />
        </div>
      ) : readOnly ? null : (
        <p class="button-row">
          <button type="button" id={ids.edit} onClick={onEdit}>
            {text.edit}
            {hiddenTitle}
          </button>
          <button type="button" id={ids.remove} class="button-danger" onClick={askToDelete}>
            {text.delete}
            {hiddenTitle}
          </button>
        </p>
      )}
    </article>
  );
}
