import type { Attachment } from '../domain/attachment';
import type { Evidence } from '../domain/evidence';
import { touched } from '../domain/record';
import type { LeersteunspiegelDatabase } from './database';
import { InvalidRecordError, withStorageErrors } from './errors';
import { validateRecord } from './records';

/**
 * Stores a piece of evidence with the files added to it and without the files the user removed, in one
 * transaction: the evidence never points to half its files. Everything is validated before anything is
 * written, so a refused file (too large) leaves the database as it was. Returns what was stored.
 */
export async function saveEvidence(
  db: LeersteunspiegelDatabase,
  evidence: Evidence,
  newAttachments: readonly Attachment[],
  removedAttachmentIds: readonly string[],
): Promise<Evidence> {
  const valid = validateRecord('evidence', touched(evidence));
  const attachments = newAttachments.map((attachment) => {
    if (attachment.evidenceId !== valid.id) {
      throw new InvalidRecordError('attachments', [
        { code: 'custom', path: ['evidenceId'], message: 'hoort bij een andere bron', input: attachment },
      ]);
    }
    return validateRecord('attachments', attachment);
  });
  await withStorageErrors(() =>
    db.transaction('rw', [db.evidence, db.attachments], async () => {
      await db.evidence.put(valid);
      // Only this evidence's own files: a stale or foreign id must not delete another source's attachment.
      await db.attachments
        .where('id')
        .anyOf([...removedAttachmentIds])
        .and((attachment) => attachment.evidenceId === valid.id)
        .delete();
      await db.attachments.bulkAdd(attachments);
    }),
  );
  return valid;
}

/** Deletes a piece of evidence and its attached files together. */
export async function deleteEvidence(db: LeersteunspiegelDatabase, id: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', [db.evidence, db.attachments], async () => {
      await db.attachments.where('evidenceId').equals(id).delete();
      await db.evidence.delete(id);
    }),
  );
}

/** The files attached to these pieces of evidence, oldest first, with their contents. */
export async function listAttachmentsFor(
  db: LeersteunspiegelDatabase,
  evidenceIds: readonly string[],
): Promise<Attachment[]> {
  const attachments = await db.attachments
    .where('evidenceId')
    .anyOf([...evidenceIds])
    .toArray();
  return attachments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}
