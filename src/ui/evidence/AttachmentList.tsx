import type { Attachment } from '../../domain/attachment';
import { downloadFile, openFile } from '../data/download';
import { formatBytes } from '../format';
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
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  const { view, download } = strings.evidenceAttachments;
  return (
    <ul class="attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <FileLabel name={attachment.name} size={attachment.size} />
          <span class="attachment-list__actions">
            {canPreview(attachment.type) && (
              <button type="button" onClick={() => openFile(attachment.bytes, attachment.type)}>
                {view}
                <span class="visually-hidden"> {attachment.name}</span>
              </button>
            )}
            <button
              type="button"
              onClick={() => downloadFile(attachment.bytes, attachment.name, attachment.type)}
            >
              {download}
              <span class="visually-hidden"> {attachment.name}</span>
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
