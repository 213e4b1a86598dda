import type { AttachmentSummary } from '../../domain/attachment';
import { getDatabase } from '../../storage/database';
import { loadAttachmentBytes } from '../../storage/evidence-store';
import { downloadFile, openFile } from '../data/download';
import { formatBytes } from '../format';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { canPreview } from '../../domain/attachment-files';

/** A file's name and size, as plain text: a file name is whatever its author typed. */
export function FileLabel({ name, size }: { name: string; size: number }) {
  return (
    <span class="file-label">
      <span class="file-label__name">{name}</span> <span class="file-label__size">({formatBytes(size)})</span>
    </span>
  );
}

/** A piece of evidence's files, each to view in a new tab (PDF, pictures) or to download. */
export function AttachmentList({ attachments }: { attachments: readonly AttachmentSummary[] }) {
  const { view, download, opening, gone } = strings.evidenceAttachments;
  const reading = useTask();
  // A file's bytes are read on the click, not with the list: a centre's sources would otherwise hold every file
  // it has in memory. A file deleted meanwhile (in another tab) or a read that fails is said, in Dutch.
  const withBytes = (attachment: AttachmentSummary, use: (bytes: Uint8Array) => void) => (): Promise<void> =>
    reading.run(async () => {
      const bytes = await loadAttachmentBytes(getDatabase(), attachment.id);
      if (!bytes) return [gone(attachment.name)];
      use(bytes);
      return [];
    });
  const silent = reading.state.status === 'done' && reading.state.lines.length === 0;
  return (
    <>
      <ul class="attachment-list">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <FileLabel name={attachment.name} size={attachment.size} />
            <span class="attachment-list__actions">
              {canPreview(attachment.type) && (
                <button
                  type="button"
                  onClick={withBytes(attachment, (bytes) => openFile(bytes, attachment.type))}
                >
                  {view}
                  <span class="visually-hidden"> {attachment.name}</span>
                </button>
              )}
              <button
                type="button"
                onClick={withBytes(attachment, (bytes) =>
                  downloadFile(bytes, attachment.name, attachment.type),
                )}
              >
                {download}
                <span class="visually-hidden"> {attachment.name}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {!silent && <TaskOutcome state={reading.state} busy={opening} />}
    </>
  );
}
