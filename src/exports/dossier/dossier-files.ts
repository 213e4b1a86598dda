import { extensionOf, safeFileName, uniqueFileNames } from './file-names';

/** One attachment the dossier carries, with what names it readably: the evidence it belongs to. */
export interface DossierAttachment {
  /** The reported expectations its evidence is linked to, in reading order. */
  expectationCodes: readonly string[];
  evidenceTitle: string;
  /** The evidence's date (`2025-06-12`), when it has one. */
  evidenceDate?: string;
  /** The file's own name, as the user attached it. */
  name: string;
  /** How many files its evidence has: with more than one, each name keeps the file's own name too. */
  siblings: number;
  bytes: Uint8Array;
}

/** A file in the dossier: its name, the folder it is in (beside the index when none), and its contents. */
export interface DossierFile {
  folder?: string;
  name: string;
  bytes: Uint8Array;
}

/** The folder inside the dossier that holds the attachments. */
export const ATTACHMENTS_FOLDER = 'bijlagen';

/**
 * The readable name an attachment gets: the codes of its expectations, the title of its evidence and the year
 * of its date, and its own name when its evidence has several files — `R1 - Tevredenheidsbevraging ouders
 * 2025.pdf`. Its extension is the one it had, so it opens as before.
 */
function readableName(attachment: DossierAttachment): string {
  const ownName = attachment.name.replace(/\.[^.]+$/, '');
  const year = attachment.evidenceDate?.slice(0, 4);
  const stem = [
    attachment.expectationCodes.join(' '),
    [attachment.evidenceTitle, year].filter(Boolean).join(' '),
    attachment.siblings > 1 ? ownName : '',
  ]
    .filter((part) => part.trim() !== '')
    .join(' - ');
  return safeFileName(stem, extensionOf(attachment.name), 'bijlage');
}

/** Every attachment once, under a readable, safe name that is unique in its folder; in the given order. */
export function attachmentFiles(
  attachments: readonly DossierAttachment[],
): (DossierFile & { folder: string })[] {
  const names = uniqueFileNames(attachments.map(readableName));
  return attachments.map((attachment, index) => ({
    folder: ATTACHMENTS_FOLDER,
    name: names[index] ?? '',
    bytes: attachment.bytes,
  }));
}
