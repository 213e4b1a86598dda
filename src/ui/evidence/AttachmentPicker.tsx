import { useRef, useState } from 'preact/hooks';
import { MAX_ATTACHMENT_BYTES, type AttachmentSummary } from '../../domain/attachment';
import { ACCEPTED_EXTENSIONS, checkFile } from '../../domain/attachment-files';
import { newRecordId } from '../../domain/record';
import { formatBytes } from '../format';
import * as strings from '../strings';
import { FileLabel } from './AttachmentList';

/** The size limit as people say it ("20 MB"). */
const ATTACHMENT_LIMIT = `${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB`;

/** A file chosen in the form, stored only when the form is saved. */
export interface PendingFile {
  key: string;
  name: string;
  /** The file's bytes, typed by its extension. */
  blob: Blob;
}

/** The files of a piece of evidence while it is edited: what is stored, what goes, what comes. */
export interface FileChoice {
  removedIds: string[];
  pending: PendingFile[];
}

/**
 * Chooses files to attach and marks stored ones for removal; nothing is written until the form is saved.
 * A refused file (wrong type, too large) is named in a message, and the other files and fields stay as they were.
 */
export function AttachmentPicker({
  id,
  stored,
  choice,
  onChange,
}: {
  id: string;
  stored: readonly AttachmentSummary[];
  choice: FileChoice;
  onChange: (choice: FileChoice) => void;
}) {
  const text = strings.evidenceForm;
  const { remove, undoRemove, removed, pending } = strings.evidenceAttachments;
  const [refused, setRefused] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const choose = (element: HTMLInputElement): void => {
    const files = [...(element.files ?? [])];
    // Cleared so that choosing the same file again is noticed, and the list below shows what was chosen.
    element.value = '';
    const accepted: PendingFile[] = [];
    const messages: string[] = [];
    for (const file of files) {
      const check = checkFile(file);
      if (check.ok)
        accepted.push({ key: newRecordId(), name: file.name, blob: file.slice(0, file.size, check.type) });
      else if (check.reason === 'tooLarge')
        messages.push(text.fileTooLarge(file.name, formatBytes(file.size), ATTACHMENT_LIMIT));
      else messages.push(text.fileWrongType(file.name));
    }
    setRefused(messages);
    if (accepted.length > 0) onChange({ ...choice, pending: [...choice.pending, ...accepted] });
  };

  const toggleStored = (attachmentId: string): void => {
    const removedIds = choice.removedIds.includes(attachmentId)
      ? choice.removedIds.filter((removedId) => removedId !== attachmentId)
      : [...choice.removedIds, attachmentId];
    onChange({ ...choice, removedIds });
  };

  const dropPending = (key: string): void => {
    onChange({ ...choice, pending: choice.pending.filter((file) => file.key !== key) });
    // Its button disappears with it; the file field is the natural place to go on from.
    input.current?.focus();
  };

  const describedBy = [`${id}-hint`, refused.length > 0 ? `${id}-refused` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{text.files}</label>
      <p class="field__hint" id={`${id}-hint`}>
        {text.filesHint(ATTACHMENT_LIMIT)}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS}
        aria-describedby={describedBy}
        onChange={(event) => choose(event.currentTarget)}
      />
      {refused.length > 0 && (
        <div class="outcome outcome--failed" id={`${id}-refused`} role="alert">
          <p>{text.filesRefused}</p>
          <ul>
            {refused.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {(stored.length > 0 || choice.pending.length > 0) && (
        <ul class="attachment-list">
          {stored.map((attachment) => {
            const isRemoved = choice.removedIds.includes(attachment.id);
            return (
              <li key={attachment.id} class={isRemoved ? 'attachment-list__removed' : undefined}>
                <FileLabel name={attachment.name} size={attachment.size} />
                {isRemoved && <span class="attachment-list__note"> — {removed}</span>}
                <span class="attachment-list__actions">
                  <button type="button" onClick={() => toggleStored(attachment.id)}>
                    {isRemoved ? undoRemove : remove}
                    <span class="visually-hidden"> {attachment.name}</span>
                  </button>
                </span>
              </li>
            );
          })}
          {choice.pending.map((file) => (
            <li key={file.key}>
              <FileLabel name={file.name} size={file.blob.size} />
              <span class="attachment-list__note"> — {pending}</span>
              <span class="attachment-list__actions">
                <button type="button" onClick={() => dropPending(file.key)}>
                  {remove}
                  <span class="visually-hidden"> {file.name}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
