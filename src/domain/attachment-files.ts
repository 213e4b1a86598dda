import { MAX_ATTACHMENT_BYTES } from './attachment';

// The extension decides, not the browser's guess at a media type: browsers report nothing for OpenDocument
// files and "application/vnd.ms-excel" for a CSV file on Windows. The stored type is ours, so it always
// matches the extension.
const TYPE_BY_EXTENSION: ReadonlyMap<string, string> = new Map([
  ['pdf', 'application/pdf'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['doc', 'application/msword'],
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xls', 'application/vnd.ms-excel'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt', 'application/vnd.ms-powerpoint'],
  ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  ['odt', 'application/vnd.oasis.opendocument.text'],
  ['ods', 'application/vnd.oasis.opendocument.spreadsheet'],
  ['odp', 'application/vnd.oasis.opendocument.presentation'],
  ['txt', 'text/plain'],
  ['csv', 'text/csv'],
]);

// Only types a browser shows without running anything: never SVG or HTML, whose scripts would run with
// access to everything this site stores.
const PREVIEWABLE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** The file picker's `accept` list: the extensions a user may attach. */
export const ACCEPTED_EXTENSIONS = [...TYPE_BY_EXTENSION.keys()]
  .map((extension) => `.${extension}`)
  .join(',');

/** Whether a file may be attached, and if so the media type to store it under. */
export type FileCheck = { ok: true; type: string } | { ok: false; reason: 'tooLarge' | 'wrongType' };

/** Checks a chosen file against the allowed types and the size limit. */
export function checkFile(file: { name: string; size: number }): FileCheck {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const type = TYPE_BY_EXTENSION.get(extension);
  if (type === undefined) return { ok: false, reason: 'wrongType' };
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'tooLarge' };
  return { ok: true, type };
}

/** Whether an attachment of this media type can be shown in a browser tab instead of downloaded. */
export function canPreview(type: string): boolean {
  return PREVIEWABLE_TYPES.has(type);
}
